package org.claimlens.analysis.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;
import org.claimlens.contract.DocumentIngested;

/** Reads {@link DocumentIngested} JSON from Kafka with the application's ObjectMapper settings. */
public class DocumentIngestedDeserializer extends ObjectMapperDeserializer<DocumentIngested> {

    public DocumentIngestedDeserializer() {
        super(DocumentIngested.class);
    }
}
