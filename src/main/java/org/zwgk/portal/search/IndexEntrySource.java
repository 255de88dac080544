package org.zwgk.portal.search;

import java.util.List;
import java.util.Optional;

/**
 * A feature above search whose public items are searchable as their own result type (records
 * implements it). Search reads the entries when it rebuilds and when {@link IndexEntriesChanged}
 * says some changed; whatever it returns must be public and masked.
 */
public interface IndexEntrySource {

    String kind();

    /** Every public entry, for a rebuild. */
    List<IndexEntry> all();

    /** The entry as public now, or empty when it is not (withdrawn, expired, unknown). */
    Optional<IndexEntry> find(String key);

    /** The entries of these keys that are public now (a source may read them in one go). */
    default List<IndexEntry> findAll(List<String> keys) {
        return keys.stream().map(this::find).flatMap(Optional::stream).toList();
    }
}
