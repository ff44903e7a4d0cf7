/**
 * Stage 5, near-duplicate signals: a fingerprint of a text's word runs and the quality of an extraction, by which the store
 * groups readings of the same document and shows the best.
 */
package dk.kkr.core.dedup;
