-- Closed annexes (lukkede bilag): within an open item, a single annex can be closed and is then not published. The
-- public reads that the item has a closed annex, its public title and the legal basis, and nothing else: not its
-- title, its line in the item's text, or the memo it is (the annex's document row is closed with it, with the same
-- public title and legal basis, as V10 allows for a memo inside a file). Those who may read the KKR's closed material
-- read it all.

ALTER TABLE annex ADD COLUMN closed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE annex ADD COLUMN public_title VARCHAR(500);
ALTER TABLE annex ADD COLUMN legal_basis VARCHAR(500);
ALTER TABLE annex ADD CONSTRAINT annex_closure
    CHECK (NOT closed OR (public_title IS NOT NULL AND legal_basis IS NOT NULL));
CREATE INDEX annex_document ON annex (document_id);
