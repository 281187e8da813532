package org.claimlens.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project: its root (set by the build) and the services' packaged applications. */
final class ProjectLayout {

    private ProjectLayout() {
    }

    static Path root() {
        return Path.of(System.getProperty("claimlens.root", "..")).toAbsolutePath().normalize();
    }

    static Path module(String service) {
        return root().resolve(service + "-service");
    }

    /** {@code <service>-service/target/quarkus-app}, the fast-jar that processes and images both run. */
    static Path packagedApp(String service) {
        Path app = module(service).resolve("target/quarkus-app");
        if (!Files.isDirectory(app)) {
            throw new IllegalStateException(app + " is missing: package the services before the end-to-end tests");
        }
        return app;
    }
}
