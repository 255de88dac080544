package org.zwgk.portal.web;

import java.util.List;

/** One page of results with the total, as the API returns it and pagers draw it. */
public record Page<T>(long total, int page, int size, List<T> results) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
