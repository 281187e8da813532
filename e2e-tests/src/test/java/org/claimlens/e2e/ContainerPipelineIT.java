package org.claimlens.e2e;

import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same scenarios on Kafka and PostgreSQL containers. Without a Docker engine the whole class is
 * reported as skipped, never as passed.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineIT extends PipelineScenarios {

    @Override
    protected PipelineStack newStack() {
        return new ContainerStack();
    }
}
