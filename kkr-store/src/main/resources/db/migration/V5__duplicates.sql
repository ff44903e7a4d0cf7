-- Near-duplicates: two extractions of one document (a clean export and raw PDF text, a PDF and its text
-- file) are found by content, not by name. Each file keeps a MinHash fingerprint of its words and the
-- quality of its text; of a group of duplicates, the file document with the best text is shown and the
-- others point to it through duplicate_of.

ALTER TABLE source_file ADD COLUMN fingerprint VARCHAR(2048);
ALTER TABLE source_file ADD COLUMN quality DOUBLE PRECISION;
ALTER TABLE document ADD COLUMN duplicate_of BIGINT REFERENCES document (id);
CREATE INDEX document_duplicate_of ON document (duplicate_of);
