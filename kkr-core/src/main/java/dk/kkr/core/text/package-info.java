/**
 * Stage 1 of the road, reading: a file (PDF through PDFBox, or text in any of the encodings documents arrive in) becomes one normalised
 * {@link dk.kkr.core.model.SourceText}, with notes of what was done; a file that cannot be read raises a one-line Danish reason.
 */
package dk.kkr.core.text;
