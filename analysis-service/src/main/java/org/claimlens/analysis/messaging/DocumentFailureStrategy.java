package org.claimlens.analysis.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.claimlens.analysis.processing.TransientDatabaseFailures;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The consumer's failure strategy ({@code failure-strategy=} {@value #NAME}): a document that cannot be analysed goes
 * to the dead-letter topic, but a database outage is nobody's document's fault. For that the channel stops, as the
 * {@code fail} strategy does: health reports DOWN and the uncommitted record is delivered again after a restart.
 */
@ApplicationScoped
@Identifier(DocumentFailureStrategy.NAME)
public class DocumentFailureStrategy implements KafkaFailureHandler.Factory {

    public static final String NAME = "dead-letter-documents-stop-on-outage";

    private final KafkaFailureHandler.Factory deadLetter;
    private final KafkaFailureHandler.Factory stop;

    public DocumentFailureStrategy(
            @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetter,
            @Identifier(KafkaFailureHandler.Strategy.FAIL) KafkaFailureHandler.Factory stop) {
        this.deadLetter = deadLetter;
        this.stop = stop;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler toDeadLetters = deadLetter.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler toStop = stop.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return (TransientDatabaseFailures.isTransient(reason) ? toStop : toDeadLetters)
                        .handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                toDeadLetters.terminate();
                toStop.terminate();
            }
        };
    }
}
