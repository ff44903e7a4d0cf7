-- Which document is an agenda written on the platform: files uploaded as its annexes share its stage, so the stage
-- alone does not tell. Until now only such agendas had a stage.

ALTER TABLE document ADD COLUMN authored BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE document SET authored = TRUE WHERE stage IS NOT NULL;
