package org.zwgk.portal.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import org.zwgk.portal.common.PortalConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The additive hook for results that are not documents (structured records …): a small Lucene index
 * of {@link IndexEntry} items from every {@link IndexEntrySource}, rebuilt from them at start and by
 * a rebuild, kept up to date by {@link IndexEntriesChanged} after commit. It lives beside the
 * document index (whose ranking it leaves alone) and is searched as its own result type, with
 * facets per group (record type), organization and each entry's own dimensions. In memory: the
 * sources (the database) are the truth, and a rebuild of 100,000 entries takes seconds.
 */
@ApplicationScoped
@Named("entryIndex")
public class EntryIndex {

    private static final Logger LOG = Logger.getLogger(EntryIndex.class);
    static final String KIND = "record";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String GROUP = "group";
    private static final String ORG = "org";
    private static final String PUBLISHED = "published";
    /** The entry's last public day as an epoch day ({@link Long#MAX_VALUE}: no end). */
    private static final String PUBLIC_UNTIL = "publicUntil";
    private static final String FACET_PREFIX = "f.";

    /** One hit as the API and the search page show it. */
    public record Hit(String id, String title, String url, String snippet, String type, String group, String groupLabel,
                      String organization, String organizationName, Instant publishedAt) {
    }

    public record Results(long total, int page, int size, List<Hit> results, Map<String, Map<String, Long>> facets,
                          @com.fasterxml.jackson.annotation.JsonIgnore List<GroupCount> groups) {
    }

    /** A group (record type) among the matches: its code, the name people read and how many matched. */
    public record GroupCount(String code, String label, long count) {
    }

    private final Map<String, String> groupLabels = new java.util.concurrent.ConcurrentHashMap<>();

    private final Instance<IndexEntrySource> sources;
    private final Clock clock;
    private final Analyzer analyzer = new CJKAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    private ByteBuffersDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean built;

    EntryIndex(Instance<IndexEntrySource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** Today in the portal's zone, by the injected clock (the day the sources' expiry rule counts in). */
    private long today() {
        return LocalDate.ofInstant(clock.instant(), PortalConfig.ZONE).toEpochDay();
    }

    @Scheduled(every = "${portal.search.entry-expiry-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        removeExpired();
    }

    /**
     * Drops the entries whose public period has ended. Searching already leaves them out from the day
     * after their last public day (a filter at query time); this keeps the index from carrying them.
     * Returns how many went.
     */
    public synchronized int removeExpired() {
        if (!built) {
            return 0;
        }
        try {
            Query expired = LongPoint.newRangeQuery(PUBLIC_UNTIL, Long.MIN_VALUE, today() - 1);
            IndexSearcher s = searchers.acquire();
            int n;
            try {
                n = s.count(expired);
            } finally {
                searchers.release(s);
            }
            if (n > 0) {
                writer.deleteDocuments(expired);
                writer.commit();
                searchers.maybeRefreshBlocking();
                LOG.infof("search entries: %d past their public period removed", n);
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            directory = new ByteBuffersDirectory();
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every source anew (start-up, and with a rebuild of the search index); returns the entry count. */
    public synchronized int rebuild() {
        open();
        long started = System.nanoTime();
        int count = 0;
        try {
            writer.deleteAll();
            for (IndexEntrySource source : sources) {
                for (IndexEntry e : source.all()) {
                    writer.addDocument(toLucene(e));
                    count++;
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        built = true;
        LOG.infof("search entries rebuilt: %d in %d ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexEntriesChanged change) {
        if (!built) {
            return; // the first search or the start-up rebuild reads them
        }
        for (IndexEntrySource source : sources) {
            if (!source.kind().equals(change.kind())) {
                continue;
            }
            try {
                java.util.Set<String> gone = new java.util.HashSet<>(change.keys());
                for (IndexEntry entry : source.findAll(change.keys())) {
                    writer.updateDocument(new Term(ID, change.kind() + ":" + entry.key()), toLucene(entry));
                    gone.remove(entry.key());
                }
                for (String key : gone) {
                    writer.deleteDocuments(new Term(ID, change.kind() + ":" + key));
                }
                searchers.maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                LOG.warn("search entries: a change could not be applied; rebuilding", e);
                rebuild();
            }
        }
    }

    private Document toLucene(IndexEntry e) throws IOException {
        Document d = new Document();
        d.add(new StringField(ID, e.kind() + ":" + e.key(), Field.Store.YES));
        d.add(new TextField(TITLE, nz(e.title()), Field.Store.YES));
        d.add(new TextField(TEXT, nz(e.text()), Field.Store.YES));
        d.add(new StoredField("url", nz(e.url())));
        d.add(new StoredField("kind", e.kind()));
        d.add(new StoredField("groupLabel", nz(e.groupLabel())));
        d.add(new StoredField("orgName", nz(e.organizationName())));
        long published = e.publishedAt() == null ? 0 : e.publishedAt().toEpochMilli();
        d.add(new StoredField(PUBLISHED, published));
        d.add(new NumericDocValuesField(PUBLISHED, published));
        d.add(new LongPoint(PUBLIC_UNTIL, e.publicUntil() == null ? Long.MAX_VALUE : e.publicUntil().toEpochDay()));
        facet(d, GROUP, e.group());
        if (e.group() != null && e.groupLabel() != null) {
            groupLabels.put(e.group(), e.groupLabel());
        }
        facet(d, ORG, e.organizationCode());
        for (Map.Entry<String, String> f : e.facets().entrySet()) {
            facet(d, FACET_PREFIX + f.getKey(), f.getValue());
        }
        return facets.build(d);
    }

    private static void facet(Document d, String dim, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(dim, value, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Entries matching {@code q} (every word, in title or text; all entries when blank), filtered to
     * one group and organization when given, with facet counts over the matches.
     */
    public Results search(String q, String group, String organization, int page, int size) {
        if (!built) {
            rebuild();
        }
        Query query = query(q);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                // the public period ends at once everywhere: hits and facet counts leave out what expired
                .add(LongPoint.newRangeQuery(PUBLIC_UNTIL, today(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        if (group != null && !group.isBlank()) {
            b.add(new TermQuery(new Term(GROUP, group)), BooleanClause.Occur.FILTER);
        }
        if (organization != null && !organization.isBlank()) {
            b.add(new TermQuery(new Term(ORG, organization)), BooleanClause.Occur.FILTER);
        }
        Query filtered = b.build();
        try {
            IndexSearcher s = searchers.acquire();
            try {
                FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(s, filtered, page * size, new FacetsCollectorManager());
                TopDocs top = fr.topDocs();
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = (page - 1) * size; i < docs.length; i++) {
                    Document d = s.storedFields().document(docs[i].doc);
                    String text = d.get(TEXT);
                    long published = d.getField(PUBLISHED).numericValue().longValue();
                    hits.add(new Hit(d.get(ID), d.get(TITLE), d.get("url"), text.length() > 160 ? text.substring(0, 160) + "…" : text,
                            d.get("kind"), d.get(GROUP), d.get("groupLabel"), d.get(ORG), d.get("orgName"),
                            published == 0 ? null : Instant.ofEpochMilli(published)));
                }
                Map<String, Map<String, Long>> counts = facetCounts(s, fr.facetsCollector());
                List<GroupCount> groups = new ArrayList<>();
                counts.getOrDefault("type", Map.of()).forEach((code, n) -> groups.add(new GroupCount(code, groupLabels.getOrDefault(code, code), n)));
                return new Results(top.totalHits.value, page, size, hits, counts, groups);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first few hits for the public search page's record box; empty for an empty query. */
    public Results preview(String q) {
        if (q == null || q.isBlank()) {
            return new Results(0, 1, 5, List.of(), Map.of(), List.of());
        }
        return search(q, null, null, 1, 5);
    }

    private Query query(String q) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryBuilder qb = new QueryBuilder(analyzer);
        Query title = qb.createBooleanQuery(TITLE, q, BooleanClause.Occur.MUST);
        Query text = qb.createBooleanQuery(TEXT, q, BooleanClause.Occur.MUST);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (title != null) {
            b.add(new BoostQuery(title, 2f), BooleanClause.Occur.SHOULD);
        }
        if (text != null) {
            b.add(text, BooleanClause.Occur.SHOULD);
        }
        BooleanQuery built = b.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    private Map<String, Map<String, Long>> facetCounts(IndexSearcher s, FacetsCollector fc) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), facets);
        } catch (IllegalArgumentException empty) {
            return out;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (FacetResult r : counts.getAllDims(20)) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (LabelAndValue lv : r.labelValues) {
                values.put(lv.label, lv.value.longValue());
            }
            String dim = r.dim.startsWith(FACET_PREFIX) ? r.dim.substring(FACET_PREFIX.length()) : r.dim.equals(GROUP) ? "type" : r.dim.equals(ORG) ? "organization" : r.dim;
            out.put(dim, values);
        }
        return out;
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (writer != null) {
                searchers.close();
                writer.close();
                directory.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the entry index", e);
        }
    }
}
