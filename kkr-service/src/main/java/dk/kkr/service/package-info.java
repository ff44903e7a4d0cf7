/**
 * At the end of the road, what the command line and the web share and neither owns: Danish wording, and the web site as
 * the commands start it ({@link dk.kkr.service.Site}).
 */
package dk.kkr.service;
