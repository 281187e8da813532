package org.claimlens.analysis.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimlens.analysis.config.ProcessingConfig;
import org.claimlens.analysis.processing.BoundedExtraction;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: DOWN once too many extractions ran past their deadline and ignored being stopped, since each still
 * holds a core; a restart is then the only way to get the CPU back.
 */
@Liveness
@ApplicationScoped
public class ExtractionWorkersCheck implements HealthCheck {

    private final BoundedExtraction extraction;
    private final int maxRunaways;

    public ExtractionWorkersCheck(BoundedExtraction extraction, ProcessingConfig config) {
        this.extraction = extraction;
        this.maxRunaways = config.maxRunawayExtractions();
    }

    @Override
    public HealthCheckResponse call() {
        int runaways = extraction.runaways();
        return HealthCheckResponse.named("Extraction workers")
                .status(runaways <= maxRunaways)
                .withData("runaway", runaways)
                .withData("maxRunaway", maxRunaways)
                .build();
    }
}
