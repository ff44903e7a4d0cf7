-- Agendas written on the platform by a KKR's secretariat. Such an agenda is a document like an imported one (its
-- text written from its items, every span exact), with a stage: DRAFT (read only by the KKR's secretariat and
-- administrators), RELEASED to the members (read also by them, as closed material is) and PUBLISHED (read by
-- everyone). An imported document has no stage. publish_at is the moment a released agenda is to be published
-- (null: when the secretariat says so).

ALTER TABLE document ADD COLUMN stage VARCHAR(20);
ALTER TABLE document ADD COLUMN publish_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE document ADD CONSTRAINT document_stage
    CHECK (stage IS NULL OR stage IN ('DRAFT', 'RELEASED', 'PUBLISHED'));
CREATE INDEX document_stage ON document (stage);

-- Each KKR's agenda template, as its secretariat keeps it: groups ("Godkendelse af referat og dagsorden") and the
-- standing items under them ("Godkendelse af referat"), in order. A KKR without rows uses the platform's template.
CREATE TABLE agenda_template (
    body_id  BIGINT NOT NULL REFERENCES body (id),
    position INTEGER NOT NULL,
    is_group BOOLEAN NOT NULL,
    title    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (body_id, position)
);
