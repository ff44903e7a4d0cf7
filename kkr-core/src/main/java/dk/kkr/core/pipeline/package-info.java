/**
 * The road in order: read, repair, parse, extract entities and tables, and the near-duplicate signals, from a file to a
 * {@link dk.kkr.core.pipeline.ParsedFile} the store saves in one transaction.
 */
package dk.kkr.core.pipeline;
