/**
 * The front page: the KKRs, the latest meetings and documents.
 */
package dk.kkr.web.home;
