/**
 * Stage 2, repair: Danish text whose æ, ø and å an OCR destroyed is repaired word by word against the Danish Hunspell dictionary
 * and the one confusion table of {@code dk.kkr.core.danish} ({@code confusions.tsv}, with examples that run as tests); the original and every change are kept.
 */
package dk.kkr.core.repair;
