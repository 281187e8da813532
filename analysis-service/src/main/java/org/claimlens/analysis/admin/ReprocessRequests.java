package org.claimlens.analysis.admin;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.claimlens.analysis.persistence.DocumentStatus;
import org.claimlens.analysis.persistence.ExtractorVersion;
import org.claimlens.analysis.persistence.ReprocessCriteria;

/** Reads and checks a {@link ReprocessRequest}; every refusal names the field and what it must be. */
@ApplicationScoped
public class ReprocessRequests {

    static final int DEFAULT_LIMIT = 1_000;
    static final int MAX_LIMIT = 10_000;
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final ObjectReader reader;

    public ReprocessRequests(ObjectMapper mapper) {
        this.reader = mapper.readerFor(ReprocessRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    ReprocessRequest read(String body) {
        if (body == null || body.isBlank()) {
            throw invalid(null, "the body must be a JSON object naming documentId, from/to or olderThanVersion");
        }
        try {
            ReprocessRequest request = reader.readValue(body);
            if (request == null) {
                throw invalid(null, "the body must be a JSON object naming documentId, from/to or olderThanVersion");
            }
            return request;
        } catch (UnrecognizedPropertyException e) {
            throw invalid(e.getPropertyName(), "unknown field '" + e.getPropertyName()
                    + "'; accepted are documentId, from, to, olderThanVersion, status, limit");
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw invalid(field, field == null ? "the body must be a JSON object" : field + " has the wrong type");
        } catch (JacksonException e) {
            throw invalid(null, "the body is not valid JSON");
        }
    }

    ReprocessCriteria criteria(ReprocessRequest request) {
        UUID documentId = blank(request.documentId()) ? null : uuid(request.documentId());
        Instant from = instant("from", request.from());
        Instant to = instant("to", request.to());
        ExtractorVersion olderThan = blank(request.olderThanVersion()) ? null
                : ExtractorVersion.parse(request.olderThanVersion()).orElseThrow(() -> invalid("olderThanVersion",
                        "olderThanVersion must look like corenlp-4.5.10+claimlens-6"));
        int selectors = (documentId == null ? 0 : 1) + (from == null && to == null ? 0 : 1)
                + (olderThan == null ? 0 : 1);
        if (selectors != 1) {
            throw invalid(null, "give exactly one of documentId, a time range (from/to) or olderThanVersion");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("to", "to must be after from");
        }
        return new ReprocessCriteria(documentId, from, to, olderThan, status(request.status()));
    }

    int limit(ReprocessRequest request) {
        Integer limit = request.limit();
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit", "limit must be from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private static UUID uuid(String value) {
        try {
            if (value.strip().length() == 36) {
                return UUID.fromString(value.strip());
            }
        } catch (IllegalArgumentException e) {
            // reported below like any other malformed id
        }
        throw invalid("documentId", "documentId must be a UUID");
    }

    private static Instant instant(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            Instant instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw invalid(field, field + " must lie between 2000-01-01 and 9999-12-31");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid(field, field + " must be an ISO date (2026-01-10) or date-time with offset "
                    + "(2026-01-10T09:00:00Z)");
        }
    }

    private static DocumentStatus status(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return DocumentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "status must be one of " + Arrays.toString(DocumentStatus.values()));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(400, field, message);
    }
}
