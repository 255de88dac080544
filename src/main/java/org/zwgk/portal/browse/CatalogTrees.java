package org.zwgk.portal.browse;

import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.catalog.TreeOrder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.documents.ListingCounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The three ways into the disclosure catalogue (by organization, topic, genre), flattened in tree order,
 * with counts kept by {@link ListingCounts} (never counted per request).
 */
@ApplicationScoped
public class CatalogTrees {

    private final ListingCounts counts;

    CatalogTrees(ListingCounts counts) {
        this.counts = counts;
    }

    @Transactional
    public List<CatalogEntry> organizations() {
        List<CatalogEntry> lines = flatten(Organization.listOrdered(), o -> o.parent, o -> o.code, o -> o.name,
                counts.by(ListingCounts.By.ORGANIZATION, true));
        // an organization's list holds its own documents only: one without any, above its offices, is a heading
        List<CatalogEntry> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CatalogEntry e = lines.get(i);
            boolean heading = e.count() == 0 && i + 1 < lines.size() && lines.get(i + 1).depth() > e.depth();
            out.add(heading ? new CatalogEntry(e.code(), e.name(), e.depth(), e.count(), true) : e);
        }
        return out;
    }

    /** A topic counts its own documents and those of the topics under it, as its list shows them. */
    @Transactional
    public List<CatalogEntry> topics() {
        List<Classification> topics = Classification.listScheme(ClassificationScheme.TOPIC);
        Map<String, Long> own = counts.by(ListingCounts.By.TOPIC, true);
        Map<String, Long> shown = new HashMap<>(own);
        for (Classification t : topics) {
            if (t.parent != null && own.containsKey(t.code)) {
                shown.merge(t.parent.code, own.get(t.code), Long::sum);
            }
        }
        return flatten(topics, c -> c.parent, c -> c.code, c -> c.name, shown);
    }

    @Transactional
    public List<CatalogEntry> genres() {
        return flatten(Classification.listScheme(ClassificationScheme.GENRE), c -> c.parent, c -> c.code, c -> c.name,
                counts.by(ListingCounts.By.GENRE, true));
    }

    private static <T> List<CatalogEntry> flatten(List<T> nodes, Function<T, T> parent, Function<T, String> code,
                                                  Function<T, String> name, Map<String, Long> counts) {
        return TreeOrder.of(nodes, parent, code).stream().map(p -> new CatalogEntry(code.apply(p.node()), name.apply(p.node()),
                p.depth(), counts.getOrDefault(code.apply(p.node()), 0L), false)).toList();
    }
}
