/**
 * The {@code kkr} command line (picocli): import, search, parse, repair, calc, reindex, and serve and demo, which start
 * the web site they find on the class path; it depends on no web class.
 */
package dk.kkr.cli;
