package org.claimlens.bench.kafka;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.claimlens.contract.Topics;

/**
 * How far a consumer group is behind {@code documents.ingested}: the end offsets minus the group's committed offsets,
 * summed over partitions, as the Kafka AdminClient reports them.
 */
public final class ConsumerLag implements AutoCloseable {

    private final Admin admin;
    private final String group;

    public ConsumerLag(String bootstrapServers, String group) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(props);
        this.group = group;
    }

    /** Events published but not yet committed by the group; a partition it never committed counts from 0. */
    public long lag() {
        Map<TopicPartition, Long> ends = endOffsets();
        Map<TopicPartition, OffsetAndMetadata> committed = await(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata offset = committed.get(end.getKey());
            lag += end.getValue() - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    /** Moves the group to the end of the topic, so that events published so far are never analysed. */
    public void skipToEnd() {
        Map<TopicPartition, OffsetAndMetadata> ends = endOffsets().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue())));
        await(admin.alterConsumerGroupOffsets(group, ends).all());
    }

    /** Consumers in the group right now (one per consumer thread of every instance). */
    public int members() {
        return await(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                ).members().size();
    }

    private Map<TopicPartition, Long> endOffsets() {
        var partitions = await(admin.describeTopics(List.of(Topics.DOCUMENTS_INGESTED)).allTopicNames()
                ).get(Topics.DOCUMENTS_INGESTED).partitions();
        Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(
                p -> new TopicPartition(Topics.DOCUMENTS_INGESTED, p.partition()), p -> OffsetSpec.latest()));
        return await(admin.listOffsets(latest).all()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka admin request failed", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
