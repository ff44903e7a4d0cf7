/**
 * Stage 4, tables: the tables in a text (pipe, aligned and column-wise), their cells, and the check of printed totals against
 * the rows above them.
 */
package dk.kkr.core.table;
