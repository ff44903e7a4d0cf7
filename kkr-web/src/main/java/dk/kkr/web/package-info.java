/**
 * The web site at the end of the road (Spring Boot): the application, its read model per request and the shared page
 * parts. Every channel below reads through readers made for the viewer of the request.
 */
package dk.kkr.web;
