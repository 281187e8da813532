-- Schema owned by analysis-service (the only writer). query-service reads through the ${readerRole} group.

CREATE TABLE document (
    id                uuid PRIMARY KEY,
    external_id       text,
    content_hash      char(64)    NOT NULL,
    title             text,
    url               text,
    source            text,
    author            text,
    published_at      timestamptz,
    ingested_at       timestamptz NOT NULL,
    analysed_at       timestamptz NOT NULL,
    status            text        NOT NULL CHECK (status IN ('ANALYSED', 'FAILED', 'NOT_ANALYSED')),
    status_reason     text,
    language          text,
    body              text        NOT NULL,
    token_count       integer,
    sentence_count    integer,
    extractor_version text        NOT NULL,
    last_event_id     text        NOT NULL
);
CREATE INDEX document_ingested_at_idx ON document (ingested_at DESC, id);
CREATE INDEX document_source_idx ON document (source);

-- One row per real-world entity across documents; mentions link to it.
CREATE TABLE entity (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type          text NOT NULL,
    canonical_key text NOT NULL,
    name          text NOT NULL,
    CONSTRAINT entity_type_key_uq UNIQUE (type, canonical_key)
);
CREATE INDEX entity_name_lower_idx ON entity (lower(name) text_pattern_ops);

CREATE TABLE entity_alias (
    entity_id bigint NOT NULL REFERENCES entity (id),
    alias     text   NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_alias_lower_idx ON entity_alias (lower(alias) text_pattern_ops);

CREATE TABLE mention (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id       uuid    NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    entity_id         bigint  NOT NULL REFERENCES entity (id),
    type              text    NOT NULL,
    surface           text    NOT NULL,
    start_offset      integer NOT NULL,
    end_offset        integer NOT NULL,
    sentence_index    integer NOT NULL,
    extractor_version text    NOT NULL,
    CONSTRAINT mention_span_uq UNIQUE (document_id, start_offset, end_offset)
);
CREATE INDEX mention_entity_idx ON mention (entity_id, document_id);

CREATE TABLE claim (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id        uuid    NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal            integer NOT NULL,
    kind               text    NOT NULL CHECK (kind IN ('DIRECT_QUOTE', 'INDIRECT', 'AUTHOR')),
    content            text    NOT NULL,
    content_start      integer NOT NULL,
    content_end        integer NOT NULL,
    claimant           text,
    claimant_start     integer,
    claimant_end       integer,
    claimant_entity_id bigint REFERENCES entity (id),
    cue                text,
    cue_start          integer,
    cue_end            integer,
    sentence_index     integer NOT NULL,
    extractor_version  text    NOT NULL,
    CONSTRAINT claim_ordinal_uq UNIQUE (document_id, ordinal)
);
CREATE INDEX claim_claimant_entity_idx ON claim (claimant_entity_id);
CREATE INDEX claim_content_fts_idx ON claim USING gin (to_tsvector('english', content));

-- Kafka events already applied: a redelivered event finds its id here and changes nothing.
CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    document_id  uuid        NOT NULL,
    processed_at timestamptz NOT NULL
);

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${readerRole};
GRANT SELECT ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO ${readerRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema} GRANT SELECT ON TABLES TO ${readerRole};
