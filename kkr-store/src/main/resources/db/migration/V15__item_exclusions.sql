-- Members left out of single items (inhabil): a member of a KKR who is disqualified from an item does not read it
-- when it is closed (on its own or as part of a closed file): for that member it is its stub, as for the public.
-- Leaving a member out of an item leaves them out of the items numbered under it.

CREATE TABLE item_exclusion (
    item_id     BIGINT NOT NULL REFERENCES agenda_item (id),
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    excluded_by VARCHAR(200) NOT NULL,
    excluded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, account_id)
);
CREATE INDEX item_exclusion_account ON item_exclusion (account_id);
