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

    /** Names of organizations (full and short), channels and topics: words citizens search for. */
    @Transactional
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Organization o : Organization.listOrdered()) {
            names.add(o.name);
            if (o.shortName != null) {
                names.add(o.shortName);
            }
        }
        org.zwgk.portal.channels.Channel.listOrdered().forEach(c -> names.add(c.name));
        Classification.listScheme(ClassificationScheme.TOPIC).forEach(c -> names.add(c.name));
        return names;
    }

    /** Display names by code, for facet labels: organizations, channels and topics. */
    @Transactional
    public Map<String, Map<String, String>> labels() {
        Map<String, String> orgs = new java.util.HashMap<>();
        Organization.listOrdered().forEach(o -> orgs.put(o.code, o.name));
        Map<String, String> channels = new java.util.HashMap<>();
        org.zwgk.portal.channels.Channel.listOrdered().forEach(c -> channels.put(c.code, c.name));
        Map<String, String> topics = new java.util.HashMap<>();
        Classification.listScheme(ClassificationScheme.TOPIC).forEach(c -> topics.put(c.code, c.name));
        return Map.of("organization", orgs, "channel", channels, "topic", topics);
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
