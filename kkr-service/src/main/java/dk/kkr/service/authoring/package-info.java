/**
 * The secretariat's side of the road: meetings and their agendas written on the platform, and the search index kept
 * in step with what of them the public may read.
 */
package dk.kkr.service.authoring;
