/**
 * Danish analysis for the index and for queries: stemming, stop words, compound parts, æ/ø/å folding, exact ids and numbers.
 */
package dk.kkr.search.analysis;
