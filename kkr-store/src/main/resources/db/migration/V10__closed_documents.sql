-- Closed material (lukket): a file imported as closed is read only by the members and secretariats of its KKR and
-- by administrators; the public sees nothing of it. Closing names the subject for the public (public_title, precise
-- enough for a citizen to know what it is about) and the legal basis for closing it (legal_basis, e.g.
-- "forvaltningslovens § 27"). Set on the file's own document row; the memos inside the file follow it.

ALTER TABLE document ADD COLUMN closed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE document ADD COLUMN public_title VARCHAR(500);
ALTER TABLE document ADD COLUMN legal_basis VARCHAR(500);
ALTER TABLE document ADD CONSTRAINT document_closure
    CHECK (NOT closed OR (public_title IS NOT NULL AND legal_basis IS NOT NULL));
