package org.claimlens.query.api;

import java.util.List;

/** A validated request for one page: {@code page} is 0-based, {@code size} is at most {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep offsets get slow; nobody pages a million rows through this API. */
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " / size " + size + " out of range");
        }
    }

    public int offset() {
        return page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return of(items, total, true);
    }

    /** A page whose total is exact, or (when {@code exact} is false) a lower bound of the matches. */
    public <T> Page<T> of(List<T> items, long total, boolean exact) {
        return new Page<>(items, page, size, total, exact);
    }
}
