package org.zwgk.portal.browse;

/** One line of a catalogue navigation tree: a code to filter by, its name, depth and document count. */
public record CatalogEntry(String code, String name, int depth, long count) {
}
