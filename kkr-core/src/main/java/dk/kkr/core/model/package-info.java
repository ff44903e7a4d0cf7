/**
 * The immutable records the road passes along: source texts, parsed documents and items, sections, letterheads, spans.
 */
package dk.kkr.core.model;
