-- 009 (issue 13): the status set gains `expired` (a posting found closed before it was sent).
-- DuckDB cannot alter or add a CHECK constraint, so the jobs table is rebuilt with the new set and
-- every row copied. MERGE NOTE: if an earlier migration added columns to `jobs`, list them here too
-- (in the CREATE TABLE and in both column lists of the INSERT), or they are lost.
CREATE TABLE jobs_009 (
    id              VARCHAR PRIMARY KEY,
    status          VARCHAR NOT NULL CHECK (status IN ('discovered', 'duplicate', 'filtered', 'queued', 'processing', 'rejected', 'documents_ready', 'awaiting_approval', 'dry_run_complete', 'approved', 'sending', 'sent', 'unknown', 'applied', 'pending', 'skipped', 'responded', 'interview', 'offer', 'declined', 'no_response', 'withdrawn', 'expired')),
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
INSERT INTO jobs_009 (id, status, status_reason, failed_stage, error, title, company, location, remote,
                      employment_type, salary_text, source, source_id, url, apply_url, apply_email, group_id,
                      score, match, job, content_hash, folder, run_id, created_at, updated_at)
SELECT id, status, status_reason, failed_stage, error, title, company, location, remote,
       employment_type, salary_text, source, source_id, url, apply_url, apply_email, group_id,
       score, match, job, content_hash, folder, run_id, created_at, updated_at
FROM jobs;
DROP INDEX jobs_status;
DROP TABLE jobs;
ALTER TABLE jobs_009 RENAME TO jobs;
CREATE INDEX jobs_status ON jobs (status);
