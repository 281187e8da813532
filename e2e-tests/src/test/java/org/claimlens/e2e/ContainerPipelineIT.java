package org.claimlens.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same scenarios on Kafka and PostgreSQL containers. Without a Docker engine the whole class is
 * reported as skipped, never as passed.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineIT extends PipelineScenarios {

    private static PipelineStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new ContainerStack().start();
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Override
    protected PipelineStack stack() {
        return stack;
    }
}
