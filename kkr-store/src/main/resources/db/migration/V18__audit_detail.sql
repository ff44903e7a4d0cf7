-- What an audit entry concerns beyond its document and item: for leaving a member out of an item (inhabil) or
-- letting them back in, the member's account name.

ALTER TABLE audit_event ADD COLUMN detail VARCHAR(200);
