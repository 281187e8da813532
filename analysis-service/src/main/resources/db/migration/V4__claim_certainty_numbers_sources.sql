-- How firmly a claim is made, whether it is worth checking, the numbers it states, the chain of sources it reaches
-- the reader through, and the entities it is about. Rows of the child tables belong to one claim and go with it.
ALTER TABLE claim
    ADD COLUMN certainty         text CHECK (certainty IN ('CERTAIN', 'ASSERTED', 'HEDGED', 'DISTANCED')),
    ADD COLUMN certainty_score   double precision CHECK (certainty_score BETWEEN 0 AND 1),
    ADD COLUMN certainty_cue     text,
    ADD COLUMN check_worthiness  double precision CHECK (check_worthiness BETWEEN 0 AND 1),
    ADD COLUMN check_worthy      boolean;
CREATE INDEX claim_certainty_idx ON claim (certainty);
CREATE INDEX claim_check_worthiness_idx ON claim (check_worthiness DESC);

-- "more than 86,000 militants": approximation MORE_THAN, value 86000, unit militants.
CREATE TABLE claim_quantity (
    claim_id      bigint  NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    text          text    NOT NULL,
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    value         double precision NOT NULL,
    upper_value   double precision,
    approximation text    NOT NULL CHECK (approximation IN
        ('EXACT', 'APPROXIMATE', 'MORE_THAN', 'AT_LEAST', 'LESS_THAN', 'AT_MOST', 'RANGE')),
    unit          text,
    PRIMARY KEY (claim_id, ordinal)
);

-- The attribution chain, outermost first: the article's author (depth 0), outlets it reproduces, then speakers;
-- the deepest row is the claimant. Offsets are null where the source is not named in the text (the author).
CREATE TABLE claim_source (
    claim_id     bigint  NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    depth        integer NOT NULL,
    role         text    NOT NULL CHECK (role IN ('AUTHOR', 'OUTLET', 'SPEAKER')),
    name         text    NOT NULL,
    start_offset integer,
    end_offset   integer,
    entity_id    bigint REFERENCES entity (id),
    cue          text,
    PRIMARY KEY (claim_id, depth)
);
CREATE INDEX claim_source_entity_idx ON claim_source (entity_id) WHERE entity_id IS NOT NULL;

-- Entities a claim is about: mentioned in its content, other than the claimant.
CREATE TABLE claim_entity (
    claim_id  bigint NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    entity_id bigint NOT NULL REFERENCES entity (id),
    PRIMARY KEY (claim_id, entity_id)
);
CREATE INDEX claim_entity_entity_idx ON claim_entity (entity_id, claim_id);

GRANT SELECT ON claim_quantity, claim_source, claim_entity TO ${readerRole};
