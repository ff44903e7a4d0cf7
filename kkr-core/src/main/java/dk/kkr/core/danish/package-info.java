/**
 * What the road knows of the Danish language, one of each, for every stage that needs it: the Hunspell
 * dictionary (repair, search, near-duplicate quality), numbers as Danish texts and spreadsheets write them
 * (entities, tables, calculations), dates and month names (structure, entities).
 */
package dk.kkr.core.danish;
