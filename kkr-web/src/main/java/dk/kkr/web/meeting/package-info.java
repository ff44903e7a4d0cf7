/**
 * A meeting's page: its documents and its items as a tree.
 */
package dk.kkr.web.meeting;
