package org.claimlens.query.rest;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.claimlens.query.api.DocumentSort;
import org.claimlens.query.api.EntitySort;

/** Parses {@code sort} parameters: a field name, with a leading {@code -} for descending where allowed. */
final class SortParams {

    private SortParams() {
    }

    static DocumentSort documents(String value) {
        if (value == null || value.isBlank()) {
            return DocumentSort.NEWEST_INGESTED;
        }
        String text = value.trim();
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        return Arrays.stream(DocumentSort.Field.values())
                .filter(field -> field.parameterName().equals(name))
                .findFirst()
                .map(field -> new DocumentSort(field, descending))
                .orElseThrow(() -> new InvalidParameterException("sort", "sort must be one of "
                        + Arrays.stream(DocumentSort.Field.values()).map(DocumentSort.Field::parameterName)
                        .collect(Collectors.joining(", ")) + ", each optionally prefixed with -"));
    }

    static EntitySort entities(String value) {
        EntitySort sort = RequestParams.optionalEnum("sort", value, EntitySort.class);
        return sort == null ? EntitySort.MENTIONS : sort;
    }
}
