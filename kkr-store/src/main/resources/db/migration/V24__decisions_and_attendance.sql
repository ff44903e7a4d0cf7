-- After a meeting written on the platform, its secretariat records each item's decision and who attended (present,
-- or sent their apologies with the deputy who met instead). Nothing that readers read joins these tables: they are the
-- secretariat's until it releases the minutes (minutes_released_at), when the agenda's text is written anew as the
-- meeting's minutes — the decisions as "Beslutning" sections, the lists of who attended — and attendance is written
-- from it as it is for imported minutes.

CREATE TABLE item_decision (
    item_id BIGINT PRIMARY KEY REFERENCES agenda_item (id),
    text    TEXT NOT NULL,
    made_at TIMESTAMP WITH TIME ZONE NOT NULL,
    made_by VARCHAR(200) NOT NULL
);

CREATE TABLE meeting_attendee (
    meeting_id   BIGINT NOT NULL REFERENCES meeting (id),
    position     INTEGER NOT NULL,
    name         VARCHAR(400) NOT NULL,
    municipality VARCHAR(100),
    present      BOOLEAN NOT NULL,
    deputy       VARCHAR(400),
    PRIMARY KEY (meeting_id, position)
);

ALTER TABLE document ADD COLUMN minutes_released_at TIMESTAMP WITH TIME ZONE;
