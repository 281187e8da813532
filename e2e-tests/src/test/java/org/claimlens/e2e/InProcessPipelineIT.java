package org.claimlens.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The scenarios on in-process Kafka (KRaft) and embedded PostgreSQL: runs everywhere, Docker or not. */
class InProcessPipelineIT extends PipelineScenarios {

    private static PipelineStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new InProcessStack().start();
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
