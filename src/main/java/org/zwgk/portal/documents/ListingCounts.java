package org.zwgk.portal.documents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many listed documents there are in all and by organization, channel, topic, genre and type.
 * Counted once from the database (at the first use), then kept up to date from the changes
 * themselves: each {@link DocumentChanged} takes the document out of the counts it was listed under
 * and into the ones it is listed under now, applied when its transaction commits. No page counts
 * documents per request, whatever their number.
 *
 * <p>The first count must not miss nor double a change that commits while it runs: transactions with
 * document changes are counted from their before-completion to their after-completion, and the first
 * count waits until none is committing, then holds their commits back until it has read (each count
 * reads one index range, without the rows: about two seconds per million documents on H2). It is
 * started in the background when the portal starts serving.
 */
@ApplicationScoped
public class ListingCounts {

    /** The dimensions a list can be narrowed by, each counted by code (types by name). */
    public enum By { ORGANIZATION, CHANNEL, TOPIC, GENRE, TYPE }

    /** Fired after committed changes were applied to the counts: pages showing counts are out of date. */
    public record Updated() {
    }

    /** The listing a document was counted under: the codes of its organization, channel, topic, genre, type. */
    record Counted(Organization organization, Channel channel, Classification topic, Classification genre,
                   DocumentType type, boolean issuedElsewhere) {

        static Counted of(Document d) {
            return d.isListed() ? new Counted(d.organization, d.channel, d.meta.topic, d.meta.genre, d.meta.type,
                    d.issuedElsewhere()) : null;
        }

        void addTo(Map<String, Long> delta, long n) {
            add(delta, n, "");
            // and once more under the catalogue's keys, if the catalogue lists it
            if (!Channel.OUTSIDE_CATALOGUE.contains(channel.code) && !issuedElsewhere) {
                add(delta, n, CATALOGUE);
            }
        }

        private void add(Map<String, Long> delta, long n, String prefix) {
            delta.merge(prefix, n, Long::sum);
            delta.merge(prefix + key(By.CHANNEL, channel.code), n, Long::sum);
            delta.merge(prefix + key(By.ORGANIZATION, organization.code), n, Long::sum);
            if (topic != null) {
                delta.merge(prefix + key(By.TOPIC, topic.code), n, Long::sum);
            }
            if (genre != null) {
                delta.merge(prefix + key(By.GENRE, genre.code), n, Long::sum);
            }
            delta.merge(prefix + key(By.TYPE, type.name()), n, Long::sum);
        }
    }

    private static final Object PENDING = ListingCounts.class;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ListingCounts.class);

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final Event<Updated> updated;
    private final ReentrantLock loading = new ReentrantLock();
    /** Held to enter or leave a commit with document changes, and by the first count while it reads. */
    private final ReentrantLock commits = new ReentrantLock();
    /** Keys {@code by:code}, and "" for all; immutable, replaced as a whole. Null until first read. */
    private volatile Map<String, Long> counts;
    private long committing;

    ListingCounts(EntityManager em, TransactionSynchronizationRegistry transactions, Event<Updated> updated) {
        this.em = em;
        this.transactions = transactions;
        this.updated = updated;
    }

    /** The prefix of the keys that count the catalogue's documents only ({@link Channel#OUTSIDE_CATALOGUE} left out). */
    private static final String CATALOGUE = "catalogue|";

    /** All listed documents. */
    public long total() {
        return total(false);
    }

    /** All listed documents, or those of the 政府信息公开目录. */
    public long total(boolean catalogue) {
        return counts().getOrDefault(catalogue ? CATALOGUE : "", 0L);
    }

    public long of(By by, String code) {
        return of(by, code, false);
    }

    public long of(By by, String code, boolean catalogue) {
        return counts().getOrDefault((catalogue ? CATALOGUE : "") + key(by, code), 0L);
    }

    /** Counts of one dimension by code; codes without listed documents are absent. */
    public Map<String, Long> by(By by) {
        return by(by, false);
    }

    /** The same, of the catalogue's documents only. */
    public Map<String, Long> by(By by, boolean catalogue) {
        String prefix = (catalogue ? CATALOGUE : "") + by.name() + ":";
        Map<String, Long> out = new HashMap<>();
        counts().forEach((k, v) -> {
            if (k.startsWith(prefix) && v > 0) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    /** Forgets the counts, so the next use reads them again (after a change that bypassed the events). */
    public void reload() {
        counts = null;
    }

    /** Inside the transaction of the change: what it takes from and adds to the counts, applied at commit. */
    void onChange(@Observes DocumentChanged change) {
        Document d = em.find(Document.class, change.id());
        if (d == null) {
            return;
        }
        Counted before = d.counted;
        Counted after = Counted.of(d);
        d.counted = after;
        if (Objects.equals(before, after)) {
            return;
        }
        Pending pending = (Pending) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        if (before != null) {
            before.addTo(pending.delta, -1);
        }
        if (after != null) {
            after.addTo(pending.delta, 1);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> c = counts;
        return c != null ? c : load();
    }

    private Map<String, Long> load() {
        loading.lock();
        try {
            while (true) {
                commits.lock();
                try {
                    if (counts != null) {
                        return counts;
                    }
                    if (committing == 0) {
                        long started = System.nanoTime();
                        counts = Map.copyOf(QuarkusTransaction.requiringNew().timeout(3600).call(this::read));
                        LOG.infof("counted %d listed documents by organization, channel, topic, genre and type in %d ms",
                                counts.getOrDefault("", 0L), (System.nanoTime() - started) / 1_000_000);
                        return counts;
                    }
                } finally {
                    commits.unlock();
                }
                try {
                    Thread.sleep(5); // a publication is committing: count once it is through
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            loading.unlock();
        }
    }

    /**
     * Counts the first time in the background once the portal serves, not at the first visitor's expense
     * (startup.StartupSequence calls it last, after the import, so the first counts include what it brought).
     */
    public void warm() {
        if (org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class)
                .orElse(8080) != 0) { // commands run with port 0 (startup.PortalMain) and need no counts
            java.util.concurrent.CompletableFuture.runAsync(this::counts);
        }
    }

    /**
     * One count per organization, channel, topic, genre and type, each over the index that leads with
     * it (V9__listing_indexes.sql): the database reads index entries only, not the documents' rows,
     * which a GROUP BY over all documents would (ten times slower at a million documents on H2).
     */
    private Map<String, Long> read() {
        Map<String, Long> read = new HashMap<>();
        read.put("", em.createQuery("select count(d) from Document d where " + DocumentCatalog.LISTED, Long.class)
                .getSingleResult());
        for (Organization o : em.createQuery("select o from Organization o", Organization.class).getResultList()) {
            put(read, By.ORGANIZATION, o.code, "d.organization", o);
        }
        for (Channel c : em.createQuery("select c from Channel c", Channel.class).getResultList()) {
            put(read, By.CHANNEL, c.code, "d.channel", c);
        }
        for (Classification c : em.createQuery("select c from Classification c", Classification.class).getResultList()) {
            put(read, c.scheme == org.zwgk.portal.catalog.ClassificationScheme.TOPIC ? By.TOPIC : By.GENRE, c.code,
                    c.scheme == org.zwgk.portal.catalog.ClassificationScheme.TOPIC ? "d.meta.topic" : "d.meta.genre", c);
        }
        for (DocumentType t : DocumentType.values()) {
            put(read, By.TYPE, t.name(), "d.meta.type", t);
        }
        // the catalogue's counts: all of them, less the documents of the channels outside it and those issued
        // elsewhere (thousands of imported laws: counted by group, not loaded)
        Map<String, Long> catalogue = new HashMap<>();
        read.forEach((k, v) -> catalogue.put(CATALOGUE + k, v));
        String outside = " from Document d where " + DocumentCatalog.LISTED + " and " + DocumentCatalog.OUTSIDE_CATALOGUE;
        catalogue.merge(CATALOGUE, -em.createQuery("select count(d)" + outside, Long.class)
                .setParameter("outside", Channel.OUTSIDE_CATALOGUE).getSingleResult(), Long::sum);
        for (By by : By.values()) {
            String path = switch (by) {
                case ORGANIZATION -> "d.organization.code";
                case CHANNEL -> "d.channel.code";
                case TOPIC -> "d.meta.topic.code";
                case GENRE -> "d.meta.genre.code";
                case TYPE -> "d.meta.type";
            };
            for (Object[] row : em.createQuery("select " + path + ", count(d)" + outside + " and " + path + " is not null group by " + path,
                    Object[].class).setParameter("outside", Channel.OUTSIDE_CATALOGUE).getResultList()) {
                String code = row[0] instanceof DocumentType t ? t.name() : (String) row[0];
                catalogue.merge(CATALOGUE + key(by, code), -(Long) row[1], Long::sum);
            }
        }
        catalogue.forEach((k, v) -> {
            if (v > 0) {
                read.put(k, v);
            }
        });
        return read;
    }

    private void put(Map<String, Long> read, By by, String code, String path, Object value) {
        long n = em.createQuery("select count(d) from Document d where " + DocumentCatalog.LISTED + " and " + path + " = :v", Long.class)
                .setParameter("v", value).getSingleResult();
        if (n > 0) {
            read.merge(key(by, code), n, Long::sum);
        }
    }

    static String key(By by, String code) {
        return by.name() + ":" + code;
    }

    /** One transaction's changes to the counts. */
    private final class Pending implements Synchronization {

        final Map<String, Long> delta = new HashMap<>();
        private boolean entered;

        @Override
        public void beforeCompletion() {
            commits.lock();
            try {
                committing++;
                entered = true;
            } finally {
                commits.unlock();
            }
        }

        @Override
        public void afterCompletion(int status) {
            boolean applied = false;
            commits.lock();
            try {
                if (entered) {
                    committing--;
                }
                Map<String, Long> c = counts;
                if (status == Status.STATUS_COMMITTED && c != null) {
                    Map<String, Long> next = new HashMap<>(c);
                    delta.forEach((k, n) -> next.merge(k, n, Long::sum));
                    counts = Map.copyOf(next);
                    applied = true;
                }
            } finally {
                commits.unlock();
            }
            if (applied) {
                updated.fire(new Updated());
            }
        }
    }
}
