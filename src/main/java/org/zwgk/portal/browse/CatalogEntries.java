package org.zwgk.portal.browse;

import io.quarkus.qute.TemplateExtension;

import java.util.List;

/**
 * A flat catalogue list split for the page ({@code entries:listed}, {@code entries:unlisted}): the lines with
 * something under them (or chosen) as links, the empty ones named together below them. Nineteen of
 * twenty-one topics with a 0 beside each made the catalogue look empty and the phone's home page long
 * (browser walk); naming them still says what the catalogue is ordered by.
 */
@TemplateExtension(namespace = "entries")
public class CatalogEntries {

    public static List<CatalogEntry> listed(List<CatalogEntry> entries, String current) {
        return entries.stream().filter(e -> !empty(e, current)).toList();
    }

    public static List<CatalogEntry> unlisted(List<CatalogEntry> entries, String current) {
        return entries.stream().filter(e -> empty(e, current)).toList();
    }

    private static boolean empty(CatalogEntry e, String current) {
        return e.count() == 0 && !e.heading() && !e.code().equals(current);
    }
}
