-- The decision of a closed item is published as far as confidentiality allows: after the meeting the secretariat
-- writes its public wording (public_decision), or withholds it and says why (decision_withheld). The public reads
-- either with the item's stub.

ALTER TABLE agenda_item ADD COLUMN public_decision VARCHAR(4000);
ALTER TABLE agenda_item ADD COLUMN decision_withheld VARCHAR(500);
