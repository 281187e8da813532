package org.claimlens.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentIngestedTest {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void survivesAJsonRoundTripWithIsoTimestamps() throws Exception {
        var event = new DocumentIngested("e-1", DocumentIngested.SCHEMA_VERSION, Instant.parse("2026-11-22T10:15:30Z"),
                "doc-1", "abc", "ext-1", "Title", "https://example.org/a", "Example Times", "A. Writer",
                Instant.parse("2018-11-08T00:00:00Z"), "Body text.", "text/html", "<p>Body text.</p>");

        String json = mapper.writeValueAsString(event);

        assertThat(json).contains("\"occurredAt\":\"2026-11-22T10:15:30Z\"", "\"schemaVersion\":2",
                "\"original\":\"<p>Body text.</p>\"");
        assertThat(mapper.readValue(json, DocumentIngested.class)).isEqualTo(event);
    }

    @Test
    void readsAVersionOneEventWithoutTheOriginal() throws Exception {
        String v1 = """
                {"eventId":"e-1","schemaVersion":1,"occurredAt":"2026-11-22T10:15:30Z","documentId":"doc-1",
                 "contentHash":"abc","externalId":null,"title":"T","url":null,"source":null,"author":null,
                 "publishedAt":null,"text":"Body text."}""";

        DocumentIngested event = mapper.readValue(v1, DocumentIngested.class);

        assertThat(event.schemaVersion()).isEqualTo(1);
        assertThat(event.text()).isEqualTo("Body text.");
        assertThat(event.original()).isNull();
        assertThat(event.originalMediaType()).isNull();
    }

    @Test
    void refusesAnEventWithoutItsIdentity() {
        assertThatNullPointerException().isThrownBy(() -> new DocumentIngested(null, 1, Instant.now(), "d", "h",
                null, null, null, null, null, null, "t")).withMessage("eventId");
    }
}
