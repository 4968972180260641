-- 003: one row per discovery run of a source, so failures are visible and the schedule knows the last run.
CREATE TABLE source_runs (
    run_id      VARCHAR PRIMARY KEY,
    source      VARCHAR NOT NULL,
    type        VARCHAR NOT NULL,
    ok          BOOLEAN NOT NULL,
    error       VARCHAR,
    pages       INTEGER NOT NULL DEFAULT 0,
    found       INTEGER NOT NULL DEFAULT 0,
    new_jobs    INTEGER NOT NULL DEFAULT 0,
    ms          INTEGER NOT NULL DEFAULT 0,
    created_at  TIMESTAMP NOT NULL DEFAULT now()
);
CREATE INDEX source_runs_source ON source_runs (source, created_at);
