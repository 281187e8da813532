-- Extensions, a folding function and indexes for query-service's analyst API. Schema still owned here.
-- pg_trgm and unaccent are "trusted" extensions (PostgreSQL 13+): the database owner creates them without being
-- a superuser, as long as the server ships the contrib modules.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ${flyway:defaultSchema};
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA ${flyway:defaultSchema};

-- unaccent() is only STABLE (it looks its dictionary up by name), so an index needs an IMMUTABLE wrapper pinned to
-- the dictionary by schema. Names are folded to lower case without accents: "Erdoğan" and "erdogan" match.
CREATE FUNCTION ${flyway:defaultSchema}.fold_name(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(${flyway:defaultSchema}.unaccent('${flyway:defaultSchema}.unaccent'::regdictionary, $1)) $$;

CREATE INDEX entity_name_folded_idx ON entity (fold_name(name) text_pattern_ops);
CREATE INDEX entity_alias_folded_idx ON entity_alias (fold_name(alias) text_pattern_ops);

-- Document full text over title and body; query-service uses this expression word for word.
CREATE INDEX document_text_fts_idx ON document
    USING gin (to_tsvector('english', coalesce(title, '') || ' ' || body));
CREATE INDEX document_published_at_idx ON document (published_at DESC NULLS LAST, id);
CREATE INDEX document_author_idx ON document (author);

-- Repeated or paraphrased claims: trigram similarity on the claim's content.
CREATE INDEX claim_content_trgm_idx ON claim USING gin (content gin_trgm_ops);
CREATE INDEX claim_document_idx ON claim (document_id);
