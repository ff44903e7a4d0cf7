/**
 * Stage 3, structure: lines are classified and assembled into agendas, minutes, annex bundles and memos: meetings, numbered items,
 * sections, annex lists, letterheads and attendance, each with the span of the source text it came from.
 */
package dk.kkr.core.parse;
