/**
 * The whole road for files a user hands in: read, repair, parse, store and index, one transaction per file, one Danish line
 * per failure; and the hand-over of an import to a running server, the archive's one writer.
 */
package dk.kkr.service.importing;
