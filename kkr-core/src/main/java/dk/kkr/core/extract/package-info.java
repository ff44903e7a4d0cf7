/**
 * Stage 4, entities: amounts, dates, deadlines, case and document ids, municipalities and organisations found in the
 * repaired text, each a mention with its span.
 */
package dk.kkr.core.extract;
