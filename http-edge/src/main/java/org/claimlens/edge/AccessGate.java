package org.claimlens.edge;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Checks every request before any resource sees it: first the client's rate limit (keyed by its API key's
 * fingerprint when it presented an accepted key, else by its IP address), then, on protected paths, the API key.
 * Refusals get the services' error body ({@code status}, {@code error}, {@code message}, {@code field}); they are
 * logged with method, path and address, never with the key. Health, metrics and OpenAPI under {@code /q/} stay open.
 */
@ApplicationScoped
public class AccessGate {

    private static final Logger LOG = Logger.getLogger(AccessGate.class);
    /** Right after the ingest body-size check, before routing to resources. */
    private static final int ORDER = Integer.MIN_VALUE + 1;
    private static final int MAX_TRACKED_CLIENTS = 10_000;
    static final String REFUSED = "claimlens.access.refused";

    private final boolean keysRequired;
    private final List<String> protectedPaths;
    private final ApiKeys keys;
    private final TokenBuckets limits;
    private final MeterRegistry registry;

    public AccessGate(AccessConfig config, MeterRegistry registry) {
        this.keysRequired = config.enabled();
        this.protectedPaths = config.protectedPaths();
        this.keys = ApiKeys.ofDigests(config.apiKeySha256().orElse(List.of()));
        AccessConfig.RateLimit rate = config.rateLimit();
        this.limits = rate.requestsPerSecond() > 0
                ? new TokenBuckets(rate.requestsPerSecond(), rate.burst(), MAX_TRACKED_CLIENTS, System::nanoTime)
                : null;
        this.registry = registry;
        if (keysRequired && keys.isEmpty()) {
            LOG.warnf("API keys are required on %s but none is configured (CLAIMLENS_ACCESS_API_KEY_SHA256): "
                    + "every such request will be refused", protectedPaths);
        }
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/q/")) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        String presented = PresentedKey.of(request);
        Optional<String> accepted = presented == null ? Optional.empty() : keys.match(presented);
        if (limits != null) {
            long waitNanos = limits.acquire(accepted.map(k -> "key:" + k).orElseGet(() -> "ip:" + address(request)));
            if (waitNanos > 0) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
                refuse(context, 429, "rate_limited", "Too many requests from this client; retry after "
                        + seconds + " s", "Retry-After", Long.toString(seconds));
                return;
            }
        }
        if (keysRequired && isProtected(path) && accepted.isEmpty()) {
            if (presented == null) {
                refuse(context, 401, "missing_key", "An API key is required: send it in the " + PresentedKey.HEADER
                        + " header or as 'Authorization: Bearer <key>'", "WWW-Authenticate", "Bearer");
            } else {
                refuse(context, 401, "invalid_key", "The API key is not valid", "WWW-Authenticate", "Bearer");
            }
            return;
        }
        context.next();
    }

    private boolean isProtected(String path) {
        return protectedPaths.stream().anyMatch(path::startsWith);
    }

    private void refuse(RoutingContext context, int status, String reason, String message, String header,
                        String value) {
        HttpServerRequest request = context.request();
        LOG.warnf("Refused %s %s from %s with %d: %s", request.method(), context.normalizedPath(), address(request),
                status, reason);
        registry.counter(REFUSED, "reason", reason).increment();
        context.response().putHeader(header, value);
        ErrorResponses.send(context, status, message);
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
