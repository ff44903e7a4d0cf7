/**
 * The fictional sample documents written for this project, which {@code ./kkr demo} imports and the tests read.
 */
package dk.kkr.core.samples;
