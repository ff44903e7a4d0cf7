/**
 * The municipalities and, for each, the items and documents that name it.
 */
package dk.kkr.web.municipality;
