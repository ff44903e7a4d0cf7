/**
 * Beside the road: the benchmarks ({@code ./kkr bench …}) and their synthetic corpus, never part of the shipped jar.
 */
package dk.kkr.bench;
