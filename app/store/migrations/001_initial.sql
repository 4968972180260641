-- 001: the initial schema. The status set is enforced here as well as in app/domain/status.py.
CREATE TABLE jobs (
    id              VARCHAR PRIMARY KEY,
    status          VARCHAR NOT NULL CHECK (status IN ('discovered', 'duplicate', 'filtered', 'queued', 'processing', 'rejected', 'documents_ready', 'awaiting_approval', 'dry_run_complete', 'approved', 'sending', 'sent', 'unknown', 'applied', 'pending', 'skipped', 'responded', 'interview', 'offer', 'declined', 'no_response', 'withdrawn')),
    status_reason   VARCHAR,
    failed_stage    VARCHAR,
    error           VARCHAR,
    title           VARCHAR NOT NULL,
    company         VARCHAR NOT NULL,
    location        VARCHAR,
    remote          VARCHAR,
    employment_type VARCHAR,
    salary_text     VARCHAR,
    source          VARCHAR NOT NULL,
    source_id       VARCHAR,
    url             VARCHAR,
    apply_url       VARCHAR,
    apply_email     VARCHAR,
    group_id        VARCHAR,
    score           DOUBLE,
    match           JSON,
    job             JSON NOT NULL,
    content_hash    VARCHAR,
    folder          VARCHAR,
    run_id          VARCHAR,
    created_at      TIMESTAMP NOT NULL DEFAULT now(),
    updated_at      TIMESTAMP NOT NULL DEFAULT now()
);
CREATE INDEX jobs_status ON jobs (status);

-- Every key by which a posting is known (canonical URL, source id, requisition id).
CREATE TABLE job_identities (
    key        VARCHAR PRIMARY KEY,
    job_id     VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE duplicate_groups (
    group_id       VARCHAR PRIMARY KEY,
    primary_job_id VARCHAR NOT NULL,
    created_at     TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE status_history (
    job_id      VARCHAR NOT NULL,
    from_status VARCHAR,
    to_status   VARCHAR NOT NULL,
    reason      VARCHAR,
    changed_at  TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE stage_runs (
    job_id   VARCHAR NOT NULL,
    run_id   VARCHAR NOT NULL,
    stage    VARCHAR NOT NULL,
    state    VARCHAR NOT NULL CHECK (state IN ('started', 'finished', 'failed')),
    output   JSON,
    error    VARCHAR,
    ms       DOUBLE,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

-- Events from workers, applied once each (ARCHITECTURE.md rule 3).
CREATE TABLE applied_events (
    event_id   VARCHAR PRIMARY KEY,
    type       VARCHAR NOT NULL,
    job_id     VARCHAR,
    applied_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE documents (
    job_id     VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL CHECK (kind IN ('cv', 'cover_letter', 'cv_pdf', 'cover_letter_pdf', 'job_info')),
    name       VARCHAR NOT NULL,
    path       VARCHAR NOT NULL,
    sha256     VARCHAR NOT NULL,
    size       BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, kind)
);

CREATE TABLE llm_usage (
    event_id           VARCHAR,
    job_id             VARCHAR,
    stage              VARCHAR NOT NULL,
    provider           VARCHAR NOT NULL,
    model              VARCHAR NOT NULL,
    input_tokens       BIGINT NOT NULL DEFAULT 0,
    output_tokens      BIGINT NOT NULL DEFAULT 0,
    cache_write_tokens BIGINT NOT NULL DEFAULT 0,
    cache_read_tokens  BIGINT NOT NULL DEFAULT 0,
    cost               DOUBLE NOT NULL DEFAULT 0,
    cached             BOOLEAN NOT NULL DEFAULT false,
    created_at         TIMESTAMP NOT NULL DEFAULT now()
);

-- One application per job, and per duplicate group (ARCHITECTURE.md rule 7).
CREATE TABLE applications (
    job_id      VARCHAR PRIMARY KEY,
    group_id    VARCHAR NOT NULL UNIQUE,
    channel     VARCHAR NOT NULL CHECK (channel IN ('email', 'link')),
    recipient   VARCHAR,
    approved_at TIMESTAMP,
    applied_at  TIMESTAMP,
    created_at  TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE outbox (
    message_id  VARCHAR PRIMARY KEY,
    job_id      VARCHAR NOT NULL UNIQUE,
    state       VARCHAR NOT NULL CHECK (state IN ('sending', 'sent', 'unknown', 'failed')),
    recipient   VARCHAR NOT NULL,
    subject     VARCHAR NOT NULL,
    error       VARCHAR,
    created_at  TIMESTAMP NOT NULL DEFAULT now(),
    sent_at     TIMESTAMP
);

CREATE TABLE outcomes (
    job_id      VARCHAR NOT NULL,
    outcome     VARCHAR NOT NULL,
    notes       VARCHAR,
    occurred_on DATE,
    created_at  TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE settings (
    key        VARCHAR PRIMARY KEY,
    value      JSON NOT NULL,
    updated_at TIMESTAMP NOT NULL DEFAULT now()
);
