package org.zwgk.portal.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.zwgk.portal.privacy.PublishedTexts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The records' public texts for the privacy scan, as /records/{type}/{id} shows them, through the
 * same {@link RecordCatalog} (and so {@link RecordMasking}) as the pages, the API and open data:
 * of each published, unexpired record the title, the organization and every public field's cell
 * ({@link RecordViews#cell}), and the history's columns and change notes of each version; of each
 * withdrawn record (its page, 410, stays) the title and the reason.
 */
@ApplicationScoped
class PublishedRecordTexts implements PublishedTexts {

    private static final int BATCH = 200;

    private final EntityManager em;
    private final RecordTypes types;
    private final RecordCatalog catalog;
    private final RecordViews views;

    PublishedRecordTexts(EntityManager em, RecordTypes types, RecordCatalog catalog, RecordViews views) {
        this.em = em;
        this.types = types;
        this.catalog = catalog;
        this.views = views;
    }

    @Override
    public String kind() {
        return "records";
    }

    @Override
    public void forEach(Consumer<Text> each) {
        Map<String, String> names = views.organizationNames();
        for (RecordType type : types.all()) {
            published(type, names, each);
            withdrawn(type, each);
        }
    }

    private void published(RecordType type, Map<String, String> names, Consumer<Text> each) {
        PublishedTexts.inPages(em, after -> {
            List<PublicRecord> batch = catalog.chunk(type, after, BATCH);
            List<Long> read = batch.stream().map(PublicRecord::id).toList();
            Map<Long, List<RecordCatalog.VersionView>> history = new LinkedHashMap<>();
            if (!read.isEmpty()) {
                for (RecordVersion v : em.createQuery("select v from RecordVersion v where v.record.id in :ids order by v.record.id, v.version",
                        RecordVersion.class).setParameter("ids", read).getResultList()) {
                    history.computeIfAbsent(v.record.id, k -> new ArrayList<>()).add(catalog.versionView(type, v));
                }
            }
            for (PublicRecord r : batch) {
                Subject texts = new Subject(each, "record:" + r.id(), r.title(), r.url());
                texts.send("title", r.title());
                texts.send("organization", r.organizationName());
                for (FieldSpec f : type.fields()) {
                    String v = r.values().get(f.name());
                    if (v != null) {
                        texts.send(f.name(), RecordViews.cell(f, v, names).text());
                    }
                }
                for (RecordCatalog.VersionView v : history.getOrDefault(r.id(), List.of())) {
                    for (FieldSpec f : type.historyColumns()) {
                        String value = v.values().get(f.name());
                        if (value != null) {
                            texts.send("version:" + v.version() + ":" + f.name(), RecordViews.cell(f, value, names).text());
                        }
                    }
                    texts.send("version:" + v.version() + ":changeNote", v.changeNote());
                }
            }
            return read;
        });
    }

    private void withdrawn(RecordType type, Consumer<Text> each) {
        PublishedTexts.inPages(em, after -> {
            List<RecordEntry> batch = em.createQuery("select r from RecordEntry r where r.typeCode = :type and r.publicState = :state"
                            + " and r.id > :after order by r.id", RecordEntry.class)
                    .setParameter("type", type.code()).setParameter("state", RecordEntry.PublicState.WITHDRAWN)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (RecordEntry r : batch) {
                Subject texts = new Subject(each, "record:" + r.id, r.title, RecordCatalog.url(type.code(), r.id));
                texts.send("title", r.title);
                texts.send("withdrawnReason", catalog.withdrawnReason(r));
            }
            return batch.stream().map(r -> r.id).toList();
        });
    }
}
