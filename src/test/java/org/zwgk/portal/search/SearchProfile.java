package org.zwgk.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.documents.PublicDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tool for working on search latency, not a test: builds the benchmark's generated million-document
 * index once into {@code bench.index} (kept between runs), then runs the benchmark's queries through
 * {@link SearchExecution} with 8 threads, without HTTP, and prints latency per query. Quicker to repeat
 * than {@link SearchBenchmark}, which measures the real thing through the API and writes the figures.
 * <p>
 * {@code mvn -B test -Pbench -Dtest=SearchProfile -Dbench.index=/tmp/zwgk-1m} ({@code -Dbench.merge=true}
 * merges the kept index to one segment first)
 */
@Tag("benchmark")
class SearchProfile {

    @Test
    void profile() throws Exception {
        Path dir = Path.of(System.getProperty("bench.index", "/tmp/zwgk-bench-index"));
        int count = Integer.getInteger("bench.docs", 1_000_000);
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        Analyzer analyzer = chain.analyzer();
        DocumentIndexer indexer = new DocumentIndexer(chain);
        if (!Files.exists(dir.resolve("done"))) {
            build(dir, count, analyzer, indexer);
        }
        if (Boolean.getBoolean("bench.merge")) {
            // one segment, as the import command and the nightly compaction leave the index
            try (FSDirectory fs = FSDirectory.open(dir);
                 IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig(analyzer))) {
                writer.forceMerge(1);
                writer.commit();
            }
        }
        QueryPlanner planner = new QueryPlanner(chain, analyzer, new SearchVocabulary(Path.of("content/search")),
                QueryPlanner.Tuning.DEFAULT);
        SearchExecution execution = new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix());
        List<String> queries = SearchBenchmark.queries();
        try (FSDirectory fs = FSDirectory.open(dir);
             DirectoryReader reader = new HeapNormsReader(DirectoryReader.open(fs), HeapNormsReader.rankedFields(chain))) {
            // as the portal reads it (SearchIndex); the A/B below also has the plain reader (-Dbench.heapNorms=false)
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            System.out.printf(Locale.ROOT, "%d documents, %d segments%n", reader.numDocs(), reader.leaves().size());
            if (System.getProperty("bench.ab") != null) {
                DirectoryReader plain = ((HeapNormsReader) reader).getDelegate();
                ab(new IndexSearcher[]{searcher, new IndexSearcher(plain)},
                        new SortedSetDocValuesReaderState[]{facets, new DefaultSortedSetDocValuesReaderState(plain, DocumentIndexer.FACETS)},
                        execution, queries, System.getProperty("bench.ab").split(";"));
                return;
            }
            phases(searcher, facets, execution, queries);
            solo(searcher, facets, execution, queries);
            // the portal's gate: one search per core by default, -Dbench.permits=8 for none
            SearchGate gate = new SearchGate(Integer.getInteger("bench.permits", 0), Duration.ofMinutes(1));
            for (int round = 0; round < Integer.getInteger("bench.rounds", 2); round++) {
                Map<String, List<Long>> perQuery = new TreeMap<>();
                List<Long> all = Collections.synchronizedList(new ArrayList<>());
                long start = System.nanoTime();
                clients(searcher, facets, execution, queries, gate, 120, all, perQuery);
                double seconds = (System.nanoTime() - start) / 1e9;
                List<Long> sorted = new ArrayList<>(all);
                Collections.sort(sorted);
                System.out.printf(Locale.ROOT, "round %d: %d searches, p50 %.1f ms, p99 %.1f ms, %.0f/s%n", round, sorted.size(),
                        SearchBenchmark.pct(sorted, 0.5), SearchBenchmark.pct(sorted, 0.99), sorted.size() / seconds);
                if (round == 1) {
                    perQuery.entrySet().stream()
                            .sorted((a, b) -> Long.compare(Collections.max(b.getValue()), Collections.max(a.getValue())))
                            .limit(15)
                            .forEach(e -> System.out.printf(Locale.ROOT, "  %-30s max %.1f ms (n=%d)%n", e.getKey(),
                                    Collections.max(e.getValue()) / 1e6, e.getValue().size()));
                }
            }
        }
    }

    /**
     * Eight clients through the gate, each {@code perClient} searches of the benchmark's mix (a tenth on
     * page 2, a fifth by date), the same sequence every time; each search's time into {@code all} and,
     * by query, into {@code perQuery}.
     */
    static void clients(IndexSearcher searcher, SortedSetDocValuesReaderState facets, SearchExecution execution,
                        List<String> queries, SearchGate gate, int perClient, List<Long> all,
                        Map<String, List<Long>> perQuery) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                Random r = new Random(client);
                for (int i = 0; i < perClient; i++) {
                    String q = queries.get(r.nextInt(queries.size()));
                    String page = r.nextInt(10) == 0 ? "2" : null;
                    String sort = r.nextInt(5) == 0 ? "date" : null;
                    SearchRequest request = SearchRequest.parse(q, null, null, null, null, null, sort, page, null);
                    long t = System.nanoTime();
                    gate.run(() -> {
                        try {
                            return execution.run(searcher, facets, request);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    long took = System.nanoTime() - t;
                    all.add(took);
                    synchronized (perQuery) {
                        perQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(took);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    /** One thread, each query alone through the whole execution: the share of each query in the total cost. */
    private static void solo(IndexSearcher searcher, SortedSetDocValuesReaderState facets, SearchExecution execution,
                             List<String> queries) throws Exception {
        Map<String, Long> best = new TreeMap<>();
        for (int pass = 0; pass < 3; pass++) {
            for (String q : queries) {
                for (String sort : new String[]{null, "date"}) {
                    SearchRequest request = SearchRequest.parse(q, null, null, null, null, null, sort, null, null);
                    long t = System.nanoTime();
                    execution.run(searcher, facets, request);
                    long took = System.nanoTime() - t;
                    best.merge(q + (sort == null ? "" : " [date]"), took, Math::min);
                }
            }
        }
        long sum = best.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "solo: %d searches, mean %.1f ms%n", best.size(), sum / 1e6 / best.size());
        best.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-34s %.1f ms%n", e.getKey(), e.getValue() / 1e6));
    }

    /**
     * One thread, each query alone, under each of several settings of system properties in turn
     * (-Dbench.ab="a=0;a=1"), pass after pass: two ways compared on the same minutes of a machine whose
     * speed drifts. Each pass reads through the portal's reader, or the plain one under bench.heapNorms=false.
     */
    private static void ab(IndexSearcher[] searchers, SortedSetDocValuesReaderState[] facetStates, SearchExecution execution,
                           List<String> queries, String[] settings) throws Exception {
        List<Map<String, Long>> best = new ArrayList<>();
        for (String ignored : settings) {
            best.add(new TreeMap<>());
        }
        for (int pass = 0; pass < 8; pass++) {
            for (int s = 0; s < settings.length; s++) {
                for (String kv : settings[s].split(",")) {
                    if (kv.contains("=")) {
                        System.setProperty(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                    }
                }
                for (String q : queries) {
                    for (String sort : new String[]{null, "date"}) {
                        SearchRequest request = SearchRequest.parse(q, null, null, null, null, null, sort, null, null);
                        int r = Boolean.parseBoolean(System.getProperty("bench.heapNorms", "true")) ? 0 : 1;
                        long t = System.nanoTime();
                        execution.run(searchers[r], facetStates[r], request);
                        best.get(s).merge(q + (sort == null ? "" : " [date]"), System.nanoTime() - t, Math::min);
                    }
                }
            }
        }
        for (int s = 0; s < settings.length; s++) {
            List<Long> sorted = new ArrayList<>(best.get(s).values());
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "ab %-30s sum %.0f ms, max %.1f ms, top5 %s%n", settings[s],
                    sorted.stream().mapToLong(Long::longValue).sum() / 1e6, sorted.get(sorted.size() - 1) / 1e6,
                    best.get(s).entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(5)
                            .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue() / 1e6)).toList());
        }
    }

    /**
     * One thread, each query alone: where the time of the slowest queries goes, phase by phase, timed
     * inside the portal's own {@link SearchExecution#run} (each phase's best of six passes).
     */
    private static void phases(IndexSearcher searcher, SortedSetDocValuesReaderState facets, SearchExecution execution,
                               List<String> queries) throws Exception {
        Map<String, Map<String, Long>> best = new TreeMap<>();
        Map<String, Long> whole = new TreeMap<>();
        for (int pass = 0; pass < 6; pass++) {
            for (String q : queries) {
                SearchRequest request = SearchRequest.parse(q, null, null, null, null, null, null, null, null);
                Map<String, Long> phases = best.computeIfAbsent(q, k -> new java.util.LinkedHashMap<>());
                long[] last = {System.nanoTime()};
                long t0 = last[0];
                execution.run(searcher, facets, request, phase -> {
                    long now = System.nanoTime();
                    phases.merge(phase, now - last[0], Math::min);
                    last[0] = now;
                });
                whole.merge(q, System.nanoTime() - t0, Math::min);
            }
        }
        Map<String, Long> sum = new java.util.LinkedHashMap<>();
        best.values().forEach(p -> p.forEach((phase, nanos) -> sum.merge(phase, nanos, Long::sum)));
        System.out.printf(Locale.ROOT, "phases, sum over %d queries: %s, whole %.0f ms%n", best.size(), described(sum),
                whole.values().stream().mapToLong(Long::longValue).sum() / 1e6);
        whole.entrySet().stream().filter(e -> e.getValue() > 6_000_000)
                .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-24s %s, whole search %.1f ms%n",
                        e.getKey(), described(best.get(e.getKey())), e.getValue() / 1e6));
    }

    private static String described(Map<String, Long> phases) {
        return phases.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f ms", e.getKey(), e.getValue() / 1e6))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void build(Path dir, int count, Analyzer analyzer, DocumentIndexer indexer) throws Exception {
        List<String> keys = new ArrayList<>();
        List<PublicDocument> docs = new ArrayList<>();
        Path corpus = Path.of(System.getProperty("portal.eval.corpus", "../shared/corpus"));
        SearchEvaluation.readCorpus(corpus.resolve("laws.jsonl.gz"), keys, docs);
        SearchEvaluation.readCorpus(corpus.resolve("work-reports.jsonl.gz"), keys, docs);
        List<String> paragraphs = SearchBenchmark.paragraphs(docs);
        Files.createDirectories(dir);
        try (FSDirectory fs = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (int i = 0; i < docs.size(); i++) {
                SearchIndex.write(writer, indexer, SearchBenchmark.relabel(docs.get(i), 1_000_000_000L + i));
            }
            Random random = new Random(42);
            long[] seeds = {random.nextLong(), random.nextLong()};
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> workers = new ArrayList<>();
            for (long seed : seeds) {
                workers.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    for (int i; (i = next.getAndIncrement()) < count - docs.size(); ) {
                        SearchIndex.write(writer, indexer, SearchBenchmark.generated(2_000_000_000L + i, docs, paragraphs, r));
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
            pool.shutdown();
            writer.commit();
        }
        Files.createFile(dir.resolve("done"));
    }
}
