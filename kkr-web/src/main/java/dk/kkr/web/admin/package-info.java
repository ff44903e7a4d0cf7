/**
 * Pages for administrators only: the log of who opened or changed closed material.
 */
package dk.kkr.web.admin;
