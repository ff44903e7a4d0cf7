/**
 * The read side of the archive: queries that return immutable views for pages and the JSON API.
 * Spans in these views are character offsets: absolute into the source file's text unless a view
 * says they are relative to a document's text.
 */
package dk.kkr.store.read;
