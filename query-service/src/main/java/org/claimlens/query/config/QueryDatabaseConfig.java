package org.claimlens.query.config;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.NotBlank;

/**
 * The read-only login's password, required at startup. Quarkus treats an unset expression in its own optional
 * datasource password as "no password" and fails later at connect time; a required mapping fails first and names
 * the missing variable. The constraint also keeps Quarkus from dropping this otherwise unused mapping.
 */
@ConfigMapping(prefix = "claimlens.query.database")
public interface QueryDatabaseConfig {

    @NotBlank
    String password();
}
