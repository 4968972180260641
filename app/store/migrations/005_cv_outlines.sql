-- 005: how the seeker's CV was read, confirmed (or corrected) by the seeker, keyed by the CV file's content hash.
CREATE TABLE cv_outlines (
    sha256       VARCHAR PRIMARY KEY,
    file_name    VARCHAR NOT NULL,
    outline      JSON NOT NULL,
    confirmed_at TIMESTAMP NOT NULL DEFAULT now()
);
