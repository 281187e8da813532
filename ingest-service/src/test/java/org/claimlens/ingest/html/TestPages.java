package org.claimlens.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The HTML pages under src/test/resources/html, written for these tests. */
public final class TestPages {

    private TestPages() {
    }

    public static String read(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
