package org.claimlens.ingest.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where query-service answers, so responses can link to the document's results. */
@ConfigMapping(prefix = "claimlens.query")
public interface QueryServiceConfig {

    @WithDefault("http://localhost:8080")
    String baseUrl();
}
