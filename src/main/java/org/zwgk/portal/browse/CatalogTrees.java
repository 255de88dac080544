package org.zwgk.portal.browse;

import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.documents.DocumentCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The three ways into the disclosure catalogue (by organization, topic, genre), flattened in tree order. */
@ApplicationScoped
public class CatalogTrees {

    private final DocumentCatalog documents;

    CatalogTrees(DocumentCatalog documents) {
        this.documents = documents;
    }

    @Transactional
    public List<CatalogEntry> organizations() {
        Map<String, Long> counts = documents.countBy("organization");
        return flatten(Organization.listOrdered(), o -> o.parent, o -> o.code, o -> o.name, counts);
    }

    @Transactional
    public List<CatalogEntry> topics() {
        Map<String, Long> counts = documents.countBy("topic");
        documents.countBy("topic.parent").forEach((code, n) -> counts.merge(code, n, Long::sum));
        return flatten(Classification.listScheme(ClassificationScheme.TOPIC), c -> c.parent, c -> c.code, c -> c.name, counts);
    }

    @Transactional
    public List<CatalogEntry> genres() {
        Map<String, Long> counts = documents.countBy("genre");
        return flatten(Classification.listScheme(ClassificationScheme.GENRE), c -> c.parent, c -> c.code, c -> c.name, counts);
    }

    private static <T> List<CatalogEntry> flatten(List<T> nodes, Function<T, T> parent, Function<T, String> code,
                                                  Function<T, String> name, Map<String, Long> counts) {
        List<CatalogEntry> out = new ArrayList<>();
        addChildren(null, 0, nodes, parent, code, name, counts, out);
        return out;
    }

    private static <T> void addChildren(T of, int depth, List<T> nodes, Function<T, T> parent, Function<T, String> code,
                                        Function<T, String> name, Map<String, Long> counts, List<CatalogEntry> out) {
        for (T node : nodes) {
            if (parent.apply(node) == of) {
                out.add(new CatalogEntry(code.apply(node), name.apply(node), depth, counts.getOrDefault(code.apply(node), 0L)));
                addChildren(node, depth + 1, nodes, parent, code, name, counts, out);
            }
        }
    }
}
