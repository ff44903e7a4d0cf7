-- Near-duplicate candidates through an index instead of comparing a new file with every stored one: each
-- file's MinHash signature cut into bands, one key a band (Fingerprint.bandKeys). Files that share a key are
-- the candidates; V8 fills the table for the files stored before it.

CREATE TABLE fingerprint_band (
    source_file_id BIGINT NOT NULL REFERENCES source_file (id),
    band_key       BIGINT NOT NULL
);
CREATE INDEX fingerprint_band_key ON fingerprint_band (band_key);
CREATE INDEX fingerprint_band_file ON fingerprint_band (source_file_id);
