package org.claimlens.bench.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.claimlens.bench.corpus.CorpusText;
import org.claimlens.contract.DocumentIngested;

/**
 * {@link DocumentIngested} events for corpus texts, serialised as ingest-service serialises them (Jackson, ISO-8601
 * instants), each with a fresh document id so that analysis never skips one as already analysed.
 */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Events() {
    }

    /** A Kafka record as ingest-service publishes it: the document id as key, the event's JSON as value. */
    public record Payload(String key, byte[] value) {
    }

    public static Payload of(CorpusText text) {
        DocumentIngested event = new DocumentIngested(UUID.randomUUID().toString(), DocumentIngested.SCHEMA_VERSION,
                Instant.now(), UUID.randomUUID().toString(), sha256(text.text()), null, text.title(), null,
                CorpusText.SOURCE, null, null, text.text());
        try {
            return new Payload(event.documentId(), JSON.writeValueAsBytes(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an event", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
