package org.claimlens.bench.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceMetricsTest {

    private static final String EXPOSITION = """
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E8
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2.097152E8
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
            jvm_memory_used_bytes_total 1.0
            claimlens_documents_processed_total{outcome="ANALYSED"} 42.0
            claimlens_documents_processed_total{outcome="DUPLICATE_EVENT"} 3.0
            """;

    @Test
    void sumsTheSamplesOfOneMetricWithTheLabel() {
        assertThat(ServiceMetrics.sum(EXPOSITION, "jvm_memory_used_bytes", "area=\"heap\""))
                .isEqualTo(3.145728E8);
        assertThat(ServiceMetrics.sum(EXPOSITION, "claimlens_documents_processed_total", "outcome=\"ANALYSED\""))
                .isEqualTo(42.0);
    }

    @Test
    void aMetricWhoseNameOnlyStartsTheSameIsNotCounted() {
        assertThat(ServiceMetrics.sum(EXPOSITION, "jvm_memory_used_bytes", "")).isEqualTo(3.145728E8 + 9.9E7);
        assertThat(ServiceMetrics.sum(EXPOSITION, "jvm_gc_live_data_size_bytes", "")).isZero();
    }
}
