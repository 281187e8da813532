package org.claimlens.query.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimlens.query.api.ExportedClaim;

/**
 * Writes claims as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote, line
 * break or edge space, quotes doubled. Spreadsheets run cells starting with {@code = + - @} (or a tab or carriage
 * return) as formulas, so such cells get a leading {@code '} first (OWASP CSV injection advice).
 */
public final class ClaimCsv {

    public static final String HEADER = "claim_id,kind,content,claimant,claimant_entity_id,claimant_entity_name,"
            + "claimant_entity_type,document_id,document_title,document_url,document_source,document_author,"
            + "published_at,ingested_at";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ClaimCsv() {
    }

    public static void write(List<ExportedClaim> claims, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (ExportedClaim c : claims) {
            out.write(Stream.of(c.id(), c.kind(), c.content(), c.claimant(), c.claimantEntityId(),
                            c.claimantEntityName(), c.claimantEntityType(), c.documentId(), c.documentTitle(),
                            c.documentUrl(), c.documentSource(), c.documentAuthor(), c.publishedAt(), c.ingestedAt())
                    .map(ClaimCsv::cell)
                    .collect(Collectors.joining(",")));
            out.write("\r\n");
        }
    }

    /** One field: empty for null, guarded against formulas, then quoted if needed. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Instant ? value.toString() : Objects.toString(value);
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip());
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
