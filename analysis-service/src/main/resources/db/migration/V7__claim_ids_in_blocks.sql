-- Claim ids come from a sequence fifty at a time (Hibernate's pooled optimizer: each nextval reserves the fifty ids
-- up to the value it returns), so a document's claims and their numbers, sources and entities go to the database as
-- JDBC batches instead of one round trip per row. An identity column's own sequence is invisible to Hibernate's
-- schema validation, hence a plain sequence, started fifty past the highest id so no reserved block meets a row.
ALTER TABLE claim ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE claim_id_seq INCREMENT BY 50 OWNED BY claim.id;
SELECT setval('claim_id_seq', (SELECT coalesce(max(id), 0) + 50 FROM claim), false);
ALTER TABLE claim ALTER COLUMN id SET DEFAULT nextval('claim_id_seq');
