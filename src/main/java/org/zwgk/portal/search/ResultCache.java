package org.zwgk.portal.search;

import org.apache.lucene.index.IndexReader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recent answers by request, least recently used out first. It belongs to one index reader: the
 * first search on a newer reader (after any publish or withdrawal) empties it, so it never serves a
 * result the index no longer gives.
 */
final class ResultCache {

    private final int capacity;
    private volatile boolean enabled;
    private IndexReader reader;
    private final Map<SearchRequest, SearchResults> entries;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.enabled = capacity > 0;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResults> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    SearchResults get(IndexReader current, SearchRequest request, Supplier<SearchResults> compute) {
        if (!enabled) {
            return compute.get();
        }
        synchronized (this) {
            if (reader != current) {
                entries.clear();
                reader = current;
            }
            SearchResults cached = entries.get(request);
            if (cached != null) {
                return cached;
            }
        }
        SearchResults computed = compute.get();
        synchronized (this) {
            if (reader == current) {
                entries.put(request, computed);
            }
        }
        return computed;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled && capacity > 0;
        synchronized (this) {
            entries.clear();
        }
    }
}
