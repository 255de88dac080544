package org.zwgk.portal.records;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.joiningExisting().call(() -> {
                List<PublicRecord> batch = catalog.chunk(type, from, BATCH);
                List<Long> read = batch.stream().map(PublicRecord::id).toList();
                Map<Long, List<RecordCatalog.VersionView>> history = new LinkedHashMap<>();
                if (!read.isEmpty()) {
                    for (RecordVersion v : em.createQuery("select v from RecordVersion v where v.record.id in :ids order by v.record.id, v.version",
                            RecordVersion.class).setParameter("ids", read).getResultList()) {
                        history.computeIfAbsent(v.record.id, k -> new ArrayList<>()).add(catalog.versionView(type, v));
                    }
                }
                for (PublicRecord r : batch) {
                    String subject = "record:" + r.id();
                    send(each, subject, r.title(), r.url(), "title", r.title());
                    send(each, subject, r.title(), r.url(), "organization", r.organizationName());
                    for (FieldSpec f : type.fields()) {
                        String v = r.values().get(f.name());
                        if (v != null) {
                            send(each, subject, r.title(), r.url(), f.name(), RecordViews.cell(f, v, names).text());
                        }
                    }
                    for (RecordCatalog.VersionView v : history.getOrDefault(r.id(), List.of())) {
                        for (FieldSpec f : type.historyColumns()) {
                            String value = v.values().get(f.name());
                            if (value != null) {
                                send(each, subject, r.title(), r.url(), "version:" + v.version() + ":" + f.name(),
                                        RecordViews.cell(f, value, names).text());
                            }
                        }
                        send(each, subject, r.title(), r.url(), "version:" + v.version() + ":changeNote", v.changeNote());
                    }
                }
                em.clear();
                return read;
            });
            if (ids.isEmpty()) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private void withdrawn(RecordType type, Consumer<Text> each) {
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.joiningExisting().call(() -> {
                List<RecordEntry> batch = em.createQuery("select r from RecordEntry r where r.typeCode = :type and r.publicState = :state"
                                + " and r.id > :after order by r.id", RecordEntry.class)
                        .setParameter("type", type.code()).setParameter("state", RecordEntry.PublicState.WITHDRAWN)
                        .setParameter("after", from).setMaxResults(BATCH).getResultList();
                for (RecordEntry r : batch) {
                    String subject = "record:" + r.id;
                    String url = RecordCatalog.url(type.code(), r.id);
                    send(each, subject, r.title, url, "title", r.title);
                    send(each, subject, r.title, url, "withdrawnReason", catalog.withdrawnReason(r));
                }
                List<Long> read = batch.stream().map(r -> r.id).toList();
                em.clear();
                return read;
            });
            if (ids.isEmpty()) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private static void send(Consumer<Text> each, String subject, String label, String url, String field, String text) {
        if (text != null && !text.isEmpty()) {
            each.accept(new Text(subject, label, url, null, field, text));
        }
    }
}
