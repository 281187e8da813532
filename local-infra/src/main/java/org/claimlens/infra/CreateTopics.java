package org.claimlens.infra;

import java.util.List;
import org.claimlens.contract.Topics;

/** Entry point the local stack runs once its broker is up: creates the project's topics if missing. */
public final class CreateTopics {

    private CreateTopics() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CreateTopics BOOTSTRAP_SERVERS [PARTITIONS]");
            System.exit(2);
        }
        int partitions = args.length == 2 ? Integer.parseInt(args[1]) : Topics.DEFAULT_PARTITIONS;
        KafkaKraftCluster.createTopics(args[0], partitions,
                List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_INGESTED_DLQ));
        System.out.println("topics ready: " + Topics.DOCUMENTS_INGESTED + ", " + Topics.DOCUMENTS_INGESTED_DLQ);
    }
}
