-- A member's private note on an agenda item: read by nobody but its author, kept as the item changes (the item keeps
-- its id through every version of an agenda written on the platform).

CREATE TABLE item_note (
    item_id    BIGINT NOT NULL REFERENCES agenda_item (id),
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, account_id)
);
