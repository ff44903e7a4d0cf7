-- The memos inside a file are found by their parent (a document unit is one without memos inside; the extractions
-- hidden beside a new file are found with theirs). PostgreSQL does not index a foreign key by itself; without this,
-- each such lookup reads every document. (H2 has an index for the key already; the second one costs it little.)

CREATE INDEX document_parent ON document (parent_id);
