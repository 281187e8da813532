package org.claimlens.e2e;

/** The scenarios on in-process Kafka (KRaft) and embedded PostgreSQL: runs everywhere, Docker or not. */
class InProcessPipelineIT extends PipelineScenarios {

    @Override
    protected PipelineStack newStack() {
        return new InProcessStack();
    }
}
