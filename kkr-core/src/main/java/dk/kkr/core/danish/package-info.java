/**
 * What the road knows of the Danish language, one of each, for every stage that needs it: the Hunspell
 * dictionary (repair, search, near-duplicate quality), numbers as Danish texts and spreadsheets write them
 * (entities, tables, calculations), dates and month names (structure, entities), the 5 KKRs and 98
 * municipalities with their regions, and the one table of how Danish letters are misread or mistyped
 * ({@code confusions.tsv}: repair uses it whole; {@link dk.kkr.core.danish.Spellings} gives from it the
 * spellings by which damaged text names a municipality or an organisation).
 */
package dk.kkr.core.danish;
