package org.claimlens.loader;

/** {@code ./load}: the bulk loader's command line. Exit code 0 when every document was accepted, 1 otherwise. */
public final class LoadCommand {

    private LoadCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        String defaultUrl = System.getenv().getOrDefault("INGEST_URL", "http://localhost:8081");
        LoadOptions options;
        try {
            options = LoadOptions.parse(args, defaultUrl, System.getenv("CLAIMLENS_API_KEY"));
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            LoadResult result = new BulkLoader(options).run(System.out);
            if (result.reasons().stream().anyMatch(reason -> reason.startsWith("401"))) {
                System.err.println("load: ingest-service wants an API key: export CLAIMLENS_API_KEY=<key>");
            }
            System.exit(result.failed() == 0 ? 0 : 1);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("load: " + e.getMessage());
            System.exit(2);
        }
    }
}
