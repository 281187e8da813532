-- Duplicates and originals (issue 6). A document is one text: submissions of the same normalised text from other
-- sources or URLs become more rows of document_source, not more documents. Near-duplicates (the same article with
-- another header or footer) stay separate documents, linked with their estimated similarity.

-- Every submission (the id ingest-service answered: from externalId, else from the text) and the document that
-- holds its current text, with the metadata that submission carried.
CREATE TABLE document_source (
    submission_id uuid        PRIMARY KEY,
    document_id   uuid        NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    external_id   text,
    title         text,
    url           text,
    source        text,
    author        text,
    published_at  timestamptz,
    first_seen_at timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    last_event_id text        NOT NULL
);
CREATE INDEX document_source_document_idx ON document_source (document_id, first_seen_at, submission_id);
CREATE INDEX document_source_url_idx ON document_source (url) WHERE url IS NOT NULL;

INSERT INTO document_source (submission_id, document_id, external_id, title, url, source, author, published_at,
                             first_seen_at, last_seen_at, last_event_id)
SELECT id, id, external_id, title, url, source, author, published_at, ingested_at, ingested_at, last_event_id
FROM document;

-- Documents stored before this migration with equal text collapse onto the earliest of them.
WITH ranked AS (
    SELECT id, first_value(id) OVER (PARTITION BY content_hash ORDER BY ingested_at, id) AS keeper FROM document
)
UPDATE document_source s SET document_id = r.keeper FROM ranked r WHERE s.document_id = r.id AND r.id <> r.keeper;
DELETE FROM document d WHERE NOT EXISTS (SELECT 1 FROM document_source s WHERE s.document_id = d.id);
CREATE UNIQUE INDEX document_content_hash_uq ON document (content_hash);

-- The page a submission's text was extracted from (HTML), apart so that lists never load it.
CREATE TABLE source_original (
    submission_id uuid PRIMARY KEY REFERENCES document_source (submission_id) ON DELETE CASCADE,
    media_type    text NOT NULL,
    content       text NOT NULL
);

-- MinHash signature (128 x 64 bit) of each document's word 5-shingles, and its 32 locality-sensitive band buckets:
-- documents sharing a bucket are the only candidates compared when a document is stored.
CREATE TABLE document_fingerprint (
    document_id uuid  PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    signature   bytea NOT NULL CHECK (octet_length(signature) = 1024)
);
CREATE TABLE document_band (
    band        smallint NOT NULL,
    bucket      bigint   NOT NULL,
    document_id uuid     NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, document_id)
);
CREATE INDEX document_band_document_idx ON document_band (document_id);

-- Near-duplicate pairs, stored in both directions so either document lists the other.
CREATE TABLE document_near_duplicate (
    document_id uuid             NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    similar_id  uuid             NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    similarity  double precision NOT NULL CHECK (similarity BETWEEN 0 AND 1),
    PRIMARY KEY (document_id, similar_id),
    CHECK (document_id <> similar_id)
);
CREATE INDEX document_near_duplicate_similar_idx ON document_near_duplicate (similar_id);

-- The time a claim refers to ("last week", "on Wednesday"), resolved against the publication date: the expression
-- with its offsets, and the inclusive period; the period is null when the document has no publication date.
ALTER TABLE claim
    ADD COLUMN time_expression  text,
    ADD COLUMN time_start       integer,
    ADD COLUMN time_end         integer,
    ADD COLUMN time_from        date,
    ADD COLUMN time_to          date,
    ADD COLUMN time_granularity text CHECK (time_granularity IN ('DAY', 'WEEK', 'MONTH', 'YEAR')),
    ADD CONSTRAINT claim_time_period_ck CHECK (time_from IS NULL OR time_to >= time_from);
CREATE INDEX claim_time_from_idx ON claim (time_from) WHERE time_from IS NOT NULL;

GRANT SELECT ON document_source, source_original, document_fingerprint, document_band, document_near_duplicate
    TO ${readerRole};
