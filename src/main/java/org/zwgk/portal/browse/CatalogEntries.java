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

    /** The empty lines' names, a sub-entry's with its parent's (财政、金融、审计／财政: folded, the tree's shape is gone). */
    public static List<String> unlisted(List<CatalogEntry> entries, String current) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry e = entries.get(i);
            if (!empty(e, current)) {
                continue;
            }
            String name = e.name();
            for (int j = i - 1; j >= 0 && e.depth() > 0; j--) {
                if (entries.get(j).depth() == e.depth() - 1) {
                    name = entries.get(j).name() + "／" + name;
                    break;
                }
            }
            names.add(name);
        }
        return names;
    }

    private static boolean empty(CatalogEntry e, String current) {
        return e.count() == 0 && !e.heading() && !e.code().equals(current);
    }
}
