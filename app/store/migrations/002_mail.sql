-- 002: sending and tracking (issue #7). New tables only: DuckDB cannot ALTER a table that has indexes.

-- Every try at sending one application, and every settlement of an `unknown` one by a person.
-- The outbox keeps one row per job (outbox.job_id UNIQUE); the history of tries lives here.
CREATE TABLE send_attempts (
    job_id      VARCHAR NOT NULL,
    message_id  VARCHAR NOT NULL,
    result      VARCHAR NOT NULL CHECK (result IN ('sent', 'unknown', 'temporary', 'permanent', 'auth',
                                                   'confirmed_sent', 'confirmed_not_sent')),
    code        INTEGER,
    error       VARCHAR,
    retry_after TIMESTAMP,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX send_attempts_job ON send_attempts (job_id);

-- An address the seeker typed for a job (validated before it is stored). It wins over jobs.apply_email.
CREATE TABLE recipient_overrides (
    job_id     VARCHAR PRIMARY KEY,
    recipient  VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
