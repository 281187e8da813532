package org.claimlens.loader;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What to load and how, from the command line.
 *
 * @param identity {@code path}: each .txt/.html file is named by its absolute path (a changed file replaces its
 *                 document); {@code content}: no name, the text is the identity (a changed file is a new document)
 * @param apiKey   the key ingest-service requires ({@code X-API-Key}); null sends none
 */
public record LoadOptions(List<Path> inputs, URI ingestUrl, int concurrency, String identity, String source,
                          int batchLines, int maxAttempts, Duration maxBackoff, String apiKey) {

    static final String USAGE = """
            usage: ./load [options] DIR|FILE...
              sends .txt, .html/.htm and .ndjson/.jsonl files (folders recursively) to ingest-service
              --url URL           ingest-service base URL (default $INGEST_URL or http://localhost:8081)
              --concurrency N     requests in flight at once (default 4)
              --id path|content   document identity of .txt/.html files (default path: re-running after a file
                                  changed replaces its document; content: every distinct text is its own document)
              --source NAME       source recorded for .txt/.html files
              --batch N           NDJSON lines per request (default 100, at most the server's batch limit)
              --attempts N        tries per request on 503, 429 or connection failure (default 8)
            the API key comes from $CLAIMLENS_API_KEY (never from the command line, where others could read it)""";

    public LoadOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("name at least one folder or file");
        }
        if (concurrency < 1 || batchLines < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("--concurrency, --batch and --attempts must be at least 1");
        }
        if (!identity.equals("path") && !identity.equals("content")) {
            throw new IllegalArgumentException("--id must be path or content, not " + identity);
        }
    }

    /** Everything but the key, which must not end up in a log. */
    @Override
    public String toString() {
        return "LoadOptions[inputs=" + inputs + ", ingestUrl=" + ingestUrl + ", concurrency=" + concurrency
                + ", identity=" + identity + ", source=" + source + ", batchLines=" + batchLines + ", maxAttempts="
                + maxAttempts + ", maxBackoff=" + maxBackoff + ", apiKey=" + (apiKey == null ? "none" : "set") + "]";
    }

    /** Reads the command line; {@code defaultUrl} serves when there is no {@code --url}; the key may be null. */
    public static LoadOptions parse(String[] args, String defaultUrl, String apiKey) {
        List<Path> inputs = new ArrayList<>();
        String url = defaultUrl;
        int concurrency = 4;
        String identity = "path";
        String source = null;
        int batch = 100;
        int attempts = 8;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--url" -> url = value(args, ++i, arg);
                case "--concurrency" -> concurrency = number(args, ++i, arg);
                case "--id" -> identity = value(args, ++i, arg);
                case "--source" -> source = value(args, ++i, arg);
                case "--batch" -> batch = number(args, ++i, arg);
                case "--attempts" -> attempts = number(args, ++i, arg);
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    inputs.add(Path.of(arg));
                }
            }
        }
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return new LoadOptions(inputs, URI.create(base), concurrency, identity, source, batch, attempts,
                Duration.ofSeconds(30), apiKey == null || apiKey.isBlank() ? null : apiKey.strip());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String[] args, int i, String option) {
        try {
            return Integer.parseInt(value(args, i, option));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number");
        }
    }
}
