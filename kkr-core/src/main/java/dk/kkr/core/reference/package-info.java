/**
 * What is known before any document is read: the 5 KKRs and the 98 municipalities, with their regions and the
 * spellings by which documents name them.
 */
package dk.kkr.core.reference;
