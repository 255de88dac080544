package org.zwgk.portal.search;

import java.util.List;

/** Fired by an {@link IndexEntrySource} when entries changed; search re-reads them after the commit. */
public record IndexEntriesChanged(String kind, List<String> keys) {
}
