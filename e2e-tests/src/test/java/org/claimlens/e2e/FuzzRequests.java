package org.claimlens.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random and mutated requests for the three services, from a seed: valid requests with bytes flipped, dropped,
 * doubled or inserted, values swapped for hostile ones (SQL, markup, control characters, huge numbers, deep nesting),
 * wrong methods, paths and content types, missing and wrong API keys.
 */
final class FuzzRequests {

    /** One request: everything an HTTP client needs, and nothing more. */
    record Request(String method, String pathAndQuery, String contentType, Map<String, String> headers, byte[] body) {
        String describe() {
            String shown = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return method + " " + pathAndQuery + " [" + contentType + "] " + shown;
        }
    }

    private static final List<String> HOSTILE = List.of("'; DROP TABLE document; --", "\" OR 1=1 --",
            "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\u0000", "\u001b[31m",
            "\uFEFF", "\uD83D\uDCA5", "\u202Eevil", "9".repeat(400), "-1", "0", "1e309", "NaN", "true", "null",
            "[]", "{}", "2026-02-30", "+275760-09-13T00:00:00Z", "0000-00-00", " ", "", "*", "a".repeat(3000));
    private static final List<String> QUERY_PATHS = List.of("/documents", "/documents/{uuid}",
            "/documents/{uuid}/entities", "/documents/{uuid}/claims", "/entities", "/entities/{id}", "/claims",
            "/claims/{id}", "/claims/{id}/similar", "/claims/export", "/timeline", "/facets");
    private static final List<String> QUERY_PARAMETERS = List.of("page", "size", "q", "sort", "source", "author",
            "language", "status", "publishedFrom", "publishedTo", "ingestedFrom", "ingestedTo", "type", "entity",
            "claimant", "kind", "document", "from", "to", "certainty", "minCheckWorthiness", "checkWorthy",
            "threshold", "interval", "format", "limit");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain; charset=utf-8",
            "application/x-ndjson", "application/json; charset=utf-16", "text/plain; charset=latin1",
            "application/xml", "multipart/form-data; boundary=x", "text/html", "*/*", "application/json;;;");

    private final Random random;
    private final String apiKey;

    FuzzRequests(long seed, String apiKey) {
        this.random = new Random(seed);
        this.apiKey = apiKey;
    }

    Request ingest() {
        String contentType = random.nextInt(4) == 0 ? pick(CONTENT_TYPES)
                : pick(List.of("application/json", "text/plain; charset=utf-8", "application/x-ndjson"));
        byte[] body = switch (contentType.split(";")[0]) {
            case "application/json" -> mutate(documentJson());
            case "application/x-ndjson" -> mutate((documentJson() + "\n" + documentJson() + "\n" + documentJson())
                    .getBytes(StandardCharsets.UTF_8));
            default -> mutate(sentence().getBytes(StandardCharsets.UTF_8));
        };
        String path = random.nextInt(10) == 0 ? "/documents/" + token() : "/documents";
        if (contentType.startsWith("text/plain") && random.nextBoolean()) {
            path += "?" + parameter(pick(List.of("title", "source", "author", "url", "publishedAt", "externalId")));
        }
        return new Request(random.nextInt(12) == 0 ? pick(METHODS) : "POST", path, contentType, keyHeaders(), body);
    }

    Request query() {
        String path = pick(QUERY_PATHS).replace("{uuid}", random.nextInt(4) == 0 ? token() : UUID.randomUUID()
                .toString()).replace("{id}", random.nextInt(4) == 0 ? token() : Integer.toString(random.nextInt(50)));
        StringBuilder query = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            query.append(query.isEmpty() ? "?" : "&").append(parameter(pick(QUERY_PARAMETERS)));
        }
        return new Request(random.nextInt(15) == 0 ? pick(METHODS) : "GET", path + query, "application/json",
                Map.of(), new byte[0]);
    }

    /** Operator requests that select (almost) nothing, so the fuzz does not set off a storm of re-analysis. */
    Request admin() {
        String body = pick(List.of(
                "{\"documentId\":\"" + UUID.randomUUID() + "\"}",
                "{\"from\":\"2001-01-01\",\"to\":\"2001-02-01\",\"limit\":3}",
                "{\"olderThanVersion\":\"corenlp-0.1+claimlens-0\",\"status\":\"FAILED\"}",
                "{\"documentId\":" + json(pick(HOSTILE)) + "}",
                "{\"" + token() + "\":" + json(pick(HOSTILE)) + "}"));
        byte[] mutated = random.nextBoolean() ? mutateBytes(body.getBytes(StandardCharsets.UTF_8))
                : body.getBytes(StandardCharsets.UTF_8);
        String path = random.nextInt(8) == 0 ? "/admin/" + token() : "/admin/reprocess";
        String contentType = random.nextInt(6) == 0 ? pick(CONTENT_TYPES) : "application/json";
        return new Request(random.nextInt(10) == 0 ? pick(METHODS) : "POST", path, contentType, keyHeaders(), mutated);
    }

    private String documentJson() {
        StringBuilder json = new StringBuilder("{\"text\":").append(json(sentence()));
        for (String field : List.of("title", "source", "author", "url", "publishedAt", "externalId")) {
            if (random.nextInt(3) == 0) {
                json.append(",\"").append(field).append("\":").append(value());
            }
        }
        if (random.nextInt(10) == 0) {
            json.append(",\"").append(token()).append("\":1");
        }
        return json.append('}').toString();
    }

    private String value() {
        return switch (random.nextInt(8)) {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> "[" + json(pick(HOSTILE)) + "]";
            case 2 -> "{\"a\":".repeat(50) + "1" + "}".repeat(50);
            case 3 -> "null";
            case 4 -> json("2019-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
            case 5 -> json("https://example.org/" + token());
            default -> json(pick(HOSTILE));
        };
    }

    private byte[] mutate(String json) {
        return mutate(json.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mutate(byte[] valid) {
        return random.nextInt(3) == 0 ? valid : mutateBytes(valid);
    }

    private byte[] mutateBytes(byte[] input) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : input) {
            bytes.add(b);
        }
        for (int edits = 1 + random.nextInt(4); edits > 0 && !bytes.isEmpty(); edits--) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 -> bytes.remove(at);
                case 2 -> bytes.add(at, (byte) random.nextInt(256));
                case 3 -> bytes.subList(at, bytes.size()).clear();
                default -> bytes.addAll(at, bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(20))));
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    private String parameter(String name) {
        String value = random.nextInt(3) == 0 ? pick(HOSTILE) : pick(List.of("1", "20", "0", "-3", "ANALYSED",
                "DIRECT_QUOTE", "week", "csv", "jsonld", "isis", "2020-01-01", "2020-01-01T00:00:00Z", "-title",
                "0.5", token()));
        return name + "=" + percentEncoded(value);
    }

    /** Every byte outside unreserved characters escaped, so any value, even broken UTF-8, forms a valid URI. */
    private String percentEncoded(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(8) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 | random.nextInt(0x80));
        }
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    private Map<String, String> keyHeaders() {
        return switch (random.nextInt(10)) {
            case 0 -> Map.of();
            case 1 -> Map.of(ApiKey.HEADER, token());
            case 2 -> Map.of("Authorization", "Bearer " + apiKey);
            case 3 -> Map.of("Authorization", "Basic " + token());
            default -> Map.of(ApiKey.HEADER, apiKey);
        };
    }

    private String sentence() {
        return pick(List.of("Mayor Ida Brandt said on Friday that the tram line would open in June.",
                "\u201cWe will not cut corners,\u201d Tomas Okafor told reporters in Lagos.",
                "According to the Port Authority, cargo volumes rose 4 percent.", "Die Regierung erklärte das.",
                "政府表示，税收将会下降。")) + (random.nextBoolean() ? " " + pick(HOSTILE) : "");
    }

    private String token() {
        return Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
