-- Titles and roles a document gives an entity ("Senator", "the acting head of the National Counterterrorism
-- Center"), one row per entity, descriptor and document so counts across documents stay exact on re-analysis.
CREATE TABLE entity_descriptor (
    entity_id         bigint NOT NULL REFERENCES entity (id),
    document_id       uuid   NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    descriptor        text   NOT NULL,
    start_offset      integer NOT NULL,
    end_offset        integer NOT NULL,
    extractor_version text   NOT NULL,
    PRIMARY KEY (entity_id, document_id, start_offset)
);
CREATE INDEX entity_descriptor_document_idx ON entity_descriptor (document_id);

GRANT SELECT ON entity_descriptor TO ${readerRole};
