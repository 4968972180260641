-- 012: replies read from the mailbox, each with what it seems to say, waiting for the seeker to confirm.
-- One row per message (by Message-ID): a mailbox read twice proposes nothing twice.
CREATE TABLE reply_readings (
    id               VARCHAR PRIMARY KEY,
    job_id           VARCHAR NOT NULL,
    message_id       VARCHAR NOT NULL UNIQUE,
    matched_by       VARCHAR NOT NULL CHECK (matched_by IN ('thread', 'company')),
    sender           VARCHAR NOT NULL,
    subject          VARCHAR NOT NULL,
    excerpt          VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL CHECK (kind IN ('interview', 'rejection', 'request_info',
                                                      'acknowledgement', 'other')),
    evidence         VARCHAR NOT NULL,
    proposed_outcome VARCHAR,
    received_on      DATE,
    state            VARCHAR NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'confirmed', 'dismissed')),
    confirmed_outcome VARCHAR,
    created_at       TIMESTAMP NOT NULL,
    decided_at       TIMESTAMP
);
CREATE INDEX reply_readings_job ON reply_readings (job_id);
