package org.claimlens.query.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.claimlens.query.api.DocumentRef;

/** Reads columns of native query rows, whose Java types depend on the JDBC driver and Hibernate's defaults. */
final class Rows {

    /** The columns {@link #documentRef} expects, for document {@code d}. */
    static final String DOCUMENT_REF_COLUMNS = "d.id, d.title, d.source, d.url, d.published_at, d.ingested_at";

    private Rows() {
    }

    static long longAt(Object[] row, int index) {
        return ((Number) row[index]).longValue();
    }

    static Instant instantAt(Object[] row, int index) {
        Object value = row[index];
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    static LocalDate localDateAt(Object[] row, int index) {
        Object value = row[index];
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    /** A document reference from {@link #DOCUMENT_REF_COLUMNS} starting at column {@code first}. */
    static DocumentRef documentRef(Object[] row, int first) {
        return new DocumentRef((UUID) row[first], (String) row[first + 1], (String) row[first + 2],
                (String) row[first + 3], instantAt(row, first + 4), instantAt(row, first + 5));
    }
}
