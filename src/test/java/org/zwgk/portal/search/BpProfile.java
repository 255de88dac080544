package org.zwgk.portal.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.misc.index.BPIndexReorderer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;

/**
 * A tool for issue 15, not a test: is the million-document index faster to search with its entries in
 * the order of Lucene's bipartite graph partitioning (BP, {@code lucene-misc}), which puts entries that
 * share terms next to each other so that block-max WAND skips more? Reorders the index that
 * {@link SearchProfile} built ({@code bench.index}) into {@code bp.dir} once, then compares the two,
 * pass after pass: each query alone (best of six), the page's hits and totals side by side, and eight
 * clients through the portal's gate. Findings in docs/benchmarks.md (session 25).
 * <p>
 * {@code mvn -B test -Pbench -Dtest=BpProfile -Dbench.index=/tmp/zwgk-1m -Dportal.eval.corpus=/work/shared/corpus}
 */
@Tag("benchmark")
class BpProfile {

    @Test
    void profile() throws Exception {
        Path plainDir = Path.of(System.getProperty("bench.index", "/tmp/zwgk-1m"));
        Path bpDir = Path.of(System.getProperty("bp.dir", "/tmp/zwgk-1m-bp"));
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        Analyzer analyzer = chain.analyzer();
        DocumentIndexer indexer = new DocumentIndexer(chain);
        if (!Files.exists(bpDir.resolve("done"))) {
            long t = System.nanoTime();
            try (FSDirectory in = FSDirectory.open(plainDir); DirectoryReader r = DirectoryReader.open(in);
                 FSDirectory out = FSDirectory.open(bpDir);
                 IndexWriter w = new IndexWriter(out, new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE))) {
                CodecReader cr = (CodecReader) r.leaves().get(0).reader();
                Set<String> fields = new TreeSet<>();
                for (FieldInfo fi : cr.getFieldInfos()) {
                    if (fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) >= 0
                            && (fi.name.startsWith("body") || fi.name.startsWith("title") || fi.name.startsWith("article"))) {
                        fields.add(fi.name);
                    }
                }
                System.out.println("BP fields " + fields + ", docs " + cr.maxDoc());
                BPIndexReorderer bp = new BPIndexReorderer();
                bp.setFields(fields);
                bp.setRAMBudgetMB(Double.parseDouble(System.getProperty("bp.ram", "1024")));
                ForkJoinPool pool = new ForkJoinPool(2);
                bp.setForkJoinPool(pool);
                CodecReader reordered = bp.reorder(cr, FSDirectory.open(Files.createTempDirectory("bp")), pool);
                w.addIndexes(reordered);
                w.commit();
            }
            Files.writeString(bpDir.resolve("done"), "");
            System.out.printf("BP reorder took %.0f s%n", (System.nanoTime() - t) / 1e9);
        }
        QueryPlanner planner = new QueryPlanner(chain, analyzer, new SearchVocabulary(Path.of("content/search")),
                QueryPlanner.Tuning.DEFAULT);
        SearchExecution execution = new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix());
        // -Dbp.queries=questions or forms: the legal questions' development half, whole or as keywords
        String set = System.getProperty("bp.queries", "keywords");
        List<String> queries = set.equals("keywords") ? SearchBenchmark.queries()
                : LegalQuestionsEvaluation.questions(Path.of(System.getProperty("portal.eval.corpus", "../shared/corpus"))
                        .resolveSibling("eval").resolve("legal-questions-dev.jsonl")).stream()
                        .map(q -> set.equals("questions") ? q.question() : q.keywords())
                        .filter(q -> q != null && !q.isBlank()).limit(Integer.getInteger("bp.limit", 200)).toList();
        try (FSDirectory a = FSDirectory.open(plainDir); FSDirectory b = FSDirectory.open(bpDir);
             DirectoryReader ra = new HeapNormsReader(DirectoryReader.open(a), HeapNormsReader.rankedFields(chain));
             DirectoryReader rb = new HeapNormsReader(DirectoryReader.open(b), HeapNormsReader.rankedFields(chain))) {
            IndexSearcher[] s = {new IndexSearcher(ra), new IndexSearcher(rb)};
            SortedSetDocValuesReaderState[] f = {new DefaultSortedSetDocValuesReaderState(ra, DocumentIndexer.FACETS),
                    new DefaultSortedSetDocValuesReaderState(rb, DocumentIndexer.FACETS)};
            String[] names = {"plain", "bp"};
            List<Map<String, Long>> best = List.of(new TreeMap<>(), new TreeMap<>());
            for (int pass = 0; pass < Integer.getInteger("bp.passes", 6); pass++) {
                for (int x = 0; x < 2; x++) {
                    for (String q : queries) {
                        for (String sort : new String[]{null, "date"}) {
                            SearchRequest req = SearchRequest.parse(q, null, null, null, null, null, sort, null, null);
                            long t = System.nanoTime();
                            execution.run(s[x], f[x], req);
                            best.get(x).merge(q + (sort == null ? "" : " [date]"), System.nanoTime() - t, Math::min);
                        }
                    }
                }
            }
            for (int x = 0; x < 2; x++) {
                long sum = best.get(x).values().stream().mapToLong(Long::longValue).sum();
                System.out.printf(Locale.ROOT, "solo %s: sum %.0f ms; top %s%n", names[x], sum / 1e6,
                        best.get(x).entrySet().stream().sorted((p, q) -> Long.compare(q.getValue(), p.getValue())).limit(8)
                                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue() / 1e6)).toList());
            }
            // the same page? totals are sampled from chunks spread over the index (MatchSample), whatever its order
            for (String q : queries) {
                SearchRequest req = SearchRequest.parse(q, null, null, null, null, null, null, null, null);
                SearchResults ra1 = execution.run(s[0], f[0], req);
                SearchResults rb1 = execution.run(s[1], f[1], req);
                long same = ra1.results().stream().filter(h -> rb1.results().stream().anyMatch(k -> k.id() == h.id())).count();
                System.out.printf(Locale.ROOT, "  %-24s total %d vs %d, exact %s, same hits %d/%d%n", q, ra1.total(), rb1.total(),
                            ra1.totalExact(), same, ra1.results().size());
            }
            SearchGate gate = new SearchGate(0, Duration.ofMinutes(1));
            for (int round = 0; round < 4; round++) {
                int x = round % 2;
                List<Long> all = Collections.synchronizedList(new ArrayList<>());
                long start = System.nanoTime();
                SearchProfile.clients(s[x], f[x], execution, queries, gate, 150, all, new TreeMap<>());
                double seconds = (System.nanoTime() - start) / 1e9;
                List<Long> sorted = new ArrayList<>(all);
                Collections.sort(sorted);
                System.out.printf(Locale.ROOT, "round %d %s: p50 %.1f ms, p99 %.1f ms, %.0f/s%n", round, names[x],
                        SearchBenchmark.pct(sorted, 0.5), SearchBenchmark.pct(sorted, 0.99), sorted.size() / seconds);
            }
        }
    }
}
