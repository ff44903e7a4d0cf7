/**
 * Stage 6, storing: the archive database (H2 embedded, or PostgreSQL), its Flyway migrations, and the writer that saves a
 * parsed file in one transaction and groups near-duplicates. The read side is in {@code read} and {@code oparl}.
 */
package dk.kkr.store;
