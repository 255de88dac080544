package org.zwgk.portal.browse;

/**
 * One line of a catalogue navigation tree: a code to filter by, its name, depth and document count.
 * A heading is a line with lines under it and no documents of its own (昆山市人民政府 above its
 * offices): a 0 beside it read as if its offices had published nothing.
 */
public record CatalogEntry(String code, String name, int depth, long count, boolean heading) {
}
