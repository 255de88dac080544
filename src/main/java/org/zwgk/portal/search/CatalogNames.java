package org.zwgk.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.organizations.Organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The names of organizations, channels and topics: words citizens search for, and facet labels. */
@ApplicationScoped
public class CatalogNames {

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
        // under its parent's name, as the catalogue lists it (browser walk: 政务公开 here, 综合政务 there, one topic)
        Classification.listScheme(ClassificationScheme.TOPIC).forEach(c -> topics.put(c.code,
                c.parent == null ? c.name : c.parent.name + " · " + c.name));
        return Map.of("organization", orgs, "channel", channels, "topic", topics);
    }

}
