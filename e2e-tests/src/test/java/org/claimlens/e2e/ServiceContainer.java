package org.claimlens.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Future;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;

/** One service running from the image its own Dockerfile builds, inside the test's container network. */
final class ServiceContainer implements RunningService {

    private final GenericContainer<?> container;
    private final int port;

    private ServiceContainer(GenericContainer<?> container, int port) {
        this.container = container;
        this.port = port;
    }

    /** Starts a container of {@code image} listening on {@code port} and waits until it reports ready. */
    static ServiceContainer start(Future<String> image, Network network, int port, String heap,
                                  Map<String, String> env) {
        GenericContainer<?> container = new GenericContainer<>(image)
                .withNetwork(network)
                .withExposedPorts(port)
                .withEnv(env)
                .withEnv("JDK_JAVA_OPTIONS", "-Xmx" + heap)
                .waitingFor(Wait.forHttp("/q/health/ready").forPort(port).forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        container.start();
        return new ServiceContainer(container, port);
    }

    @Override
    public String baseUrl() {
        return "http://" + container.getHost() + ":" + container.getMappedPort(port);
    }

    @Override
    public String log() {
        return container.getLogs();
    }

    @Override
    public void close() {
        container.stop();
    }
}
