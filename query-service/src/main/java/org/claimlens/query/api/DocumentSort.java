package org.claimlens.query.api;

/** The order of the document list: a field and a direction ({@code -field} in a request means descending). */
public record DocumentSort(Field field, boolean descending) {

    public static final DocumentSort NEWEST_INGESTED = new DocumentSort(Field.INGESTED_AT, true);

    /** The sortable fields under the names a request uses. */
    public enum Field {
        INGESTED_AT("ingestedAt"), PUBLISHED_AT("publishedAt"), TITLE("title");

        private final String parameterName;

        Field(String parameterName) {
            this.parameterName = parameterName;
        }

        public String parameterName() {
            return parameterName;
        }
    }
}
