-- Indexes and stored search vectors for query-service's main queries (issue 5). Each replaces a plan whose work
-- grew with the tables; bench/results holds the EXPLAIN output before and after at 100,000 documents.

-- Full text of claims and documents, stored once. Plans that test rows against a query (walking the newest first,
-- or rechecking a phrase) no longer compute to_tsvector per row (about 25 us a claim, 300 us a document), and the
-- claim vector's statistics (its most common lexemes) are readable by the reader role, which picks a claim's
-- rarest words to find the same claim elsewhere. The new GIN indexes replace the expression indexes of V1 and V3.
ALTER TABLE claim ADD COLUMN content_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED;
CREATE INDEX claim_content_tsv_idx ON claim USING gin (content_tsv);
DROP INDEX claim_content_fts_idx;

ALTER TABLE document ADD COLUMN text_tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED;
CREATE INDEX document_text_tsv_idx ON document USING gin (text_tsv);
DROP INDEX document_text_fts_idx;

-- Similar claims are found through their rarest words (claim_content_tsv_idx) and only then compared by trigram
-- similarity; the trigram index visited most of the table for any claim (common trigrams match every row).
DROP INDEX claim_content_trgm_idx;

-- Claims by an entity with their documents, index-only (timeline, claims made by an entity); replaces V1's index
-- on claimant_entity_id alone.
CREATE INDEX claim_claimant_document_idx ON claim (claimant_entity_id, document_id);
DROP INDEX claim_claimant_entity_idx;

-- A claim's document from its id, index-only: claims about an entity (claim_entity) reach their documents here.
CREATE UNIQUE INDEX claim_id_document_idx ON claim (id) INCLUDE (document_id, claimant_entity_id);

-- The claim filters the web page offers together (kind, certainty, check-worthiness at least).
CREATE INDEX claim_kind_certainty_worthiness_idx ON claim (kind, certainty, check_worthiness);

-- One source's documents newest first, read in order instead of filtering the whole ingestion order; replaces
-- V1's index on source alone.
CREATE INDEX document_source_ingested_idx ON document (source, ingested_at DESC, id);
DROP INDEX document_source_idx;

-- A document's time from its id, index-only: the document rows carry the text, so their pages hold few rows.
CREATE INDEX document_time_idx ON document (id) INCLUDE (published_at, ingested_at);
