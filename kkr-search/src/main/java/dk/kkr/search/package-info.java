/**
 * Stage 7, indexing and finding: the Lucene index of what the public sees (items and memos, read from the store by
 * {@link dk.kkr.search.ReindexFromStore}), searched with facets, highlighting and suggestions.
 */
package dk.kkr.search;
