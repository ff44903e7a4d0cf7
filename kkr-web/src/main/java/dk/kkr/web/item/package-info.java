/**
 * An agenda item's page: sections, annexes, amounts, municipalities and deadlines, each linking into its source.
 */
package dk.kkr.web.item;
