-- 012: after applying (issue 16): replies read and understood, application-form answers.
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

-- Application-form answers per job: drafted (fact-gated), from the seeker's profile, or left for the seeker.
CREATE TABLE form_answers (
    job_id     VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    question   VARCHAR NOT NULL,
    answer     VARCHAR NOT NULL,
    state      VARCHAR NOT NULL CHECK (state IN ('drafted', 'from_profile', 'needs_you', 'edited')),
    topic      VARCHAR,
    max_chars  INTEGER NOT NULL,
    detail     JSON NOT NULL,  -- sources, removals and the note shown beside the answer
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (job_id, idx)
);

-- "Apply anyway": the seeker overrides a failed gate or a low score for one job, with their reason.
CREATE TABLE job_overrides (
    job_id     VARCHAR PRIMARY KEY,
    reason     VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Follow-ups after sending (a reply in the application's thread), thank-you notes after an interview, and
-- reminders for link applications. At most one of each kind per job (UNIQUE), each sent at most once:
-- `sending` is recorded with its Message-ID before the SMTP transaction, as for applications.
CREATE TABLE followups (
    id           VARCHAR PRIMARY KEY,
    job_id       VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL CHECK (kind IN ('follow_up', 'thank_you', 'reminder')),
    state        VARCHAR NOT NULL CHECK (state IN ('draft', 'approved', 'sending', 'sent', 'unknown', 'failed',
                                                   'dismissed', 'done')),
    recipient    VARCHAR,
    subject      VARCHAR NOT NULL,
    body         VARCHAR NOT NULL,
    in_reply_to  VARCHAR,
    message_id   VARCHAR UNIQUE,
    error        VARCHAR,
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    sent_at      TIMESTAMP,
    UNIQUE (job_id, kind)
);

-- One row per alert period (a day or an ISO week): claimed before the digest goes, so a period never gets
-- two digests, even across a crash (a claimed period that did not finish stays `sending`, never repeated).
CREATE TABLE digests (
    period     VARCHAR PRIMARY KEY,
    state      VARCHAR NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'empty')),
    summary    JSON NOT NULL,
    detail     VARCHAR,
    created_at TIMESTAMP NOT NULL,
    sent_at    TIMESTAMP
);
