/**
 * A document's page: its facts, extractions, source file, OCR repair and its text with items and mentions marked.
 */
package dk.kkr.web.document;
