/**
 * Decision support beside the road: the allocation keys and cost models the councils decide with, each reproducing the
 * documents' own figures from a table with one row per municipality, every step written out.
 */
package dk.kkr.core.calc;
