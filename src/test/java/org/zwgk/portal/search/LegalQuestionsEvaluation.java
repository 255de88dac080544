package org.zwgk.portal.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.PublicDocument;
import org.zwgk.portal.web.UserError;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Scores the search on the development half of the judged legal questions
 * ({@code ../shared/eval/legal-questions-dev.jsonl}) exactly as {@code score.py} scores a running
 * portal: recall@10 and MRR@10 at document level, keyword forms and whole questions separately, a
 * query answered 400 counting as nothing found. The laws corpus is indexed once, by the production
 * {@link DocumentIndexer}, into {@code target/legal-eval/}, and reused while the index layout stays
 * the same; every question runs through the production {@link SearchRequest} checks and
 * {@link SearchExecution} (planner, ranking, snippets, facets). Not part of the normal suite; the
 * command is in docs/search.md.
 */
@Tag("evaluation")
class LegalQuestionsEvaluation {

    record Question(String question, String keywords, Set<String> relevant) {
    }

    record Score(double recall, double mrr, int n, double p50Ms, double p99Ms) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "R@10 %.3f / MRR@10 %.3f (n=%d, p50 %.1f ms, p99 %.1f ms)", recall, mrr, n, p50Ms, p99Ms);
        }
    }

    @Test
    void devHalf() throws Exception {
        Path eval = shared(System.getProperty("portal.eval.questions"), "eval/legal-questions-dev.jsonl");
        Path laws = shared(System.getProperty("portal.eval.corpus") == null ? null
                : System.getProperty("portal.eval.corpus") + "/laws.jsonl.gz", "corpus/laws.jsonl.gz");
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        Path indexDir = Path.of("target/legal-eval/" + chain + "-layout" + SearchIndex.LAYOUT);
        if (!Files.exists(indexDir.resolve("complete"))) {
            build(laws, chain, indexDir);
        }
        List<Question> questions = questions(eval);
        StringBuilder report = new StringBuilder();
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var facets = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
            boolean first = true;
            for (var tuning : tunings().entrySet()) {
                Path vocabulary = tuning.getKey().contains("no genre prior") ? Path.of("target/legal-eval/old-vocab")
                        : Path.of("content/search");
                QueryPlanner planner = new QueryPlanner(chain, chain.analyzer(), new SearchVocabulary(vocabulary), tuning.getValue());
                SearchExecution execution = new SearchExecution(planner, chain.analyzer(),
                        SearchFields.HEAD + new DocumentIndexer(chain).primarySuffix());
                StringBuilder misses = new StringBuilder();
                Score keywords = score(execution, searcher, facets, questions, true, misses);
                Score whole = score(execution, searcher, facets, questions, false, misses);
                String line = "dev half, document level, " + tuning.getKey() + ": keywords " + keywords + "; questions " + whole;
                System.out.println(line);
                report.append(line).append('\n');
                if (first) {
                    Files.writeString(Path.of("target/legal-eval/misses.tsv"), misses.toString());
                    first = false;
                }
            }
        }
        Files.writeString(Path.of("target/legal-eval/result.txt"), report);
    }

    /**
     * The production tuning first; with -Dportal.eval.variants=true also the alternatives it was chosen
     * from.
     */
    static java.util.Map<String, QueryPlanner.Tuning> tunings() {
        var out = new java.util.LinkedHashMap<String, QueryPlanner.Tuning>();
        QueryPlanner.Tuning d = QueryPlanner.Tuning.DEFAULT;
        out.put("production", d);
        if (Boolean.getBoolean("portal.eval.titles")) {
            out.put("titles x16", d.withTitleWeight(16));
            out.put("titles x8", d.withTitleWeight(8));
        }
        if (Boolean.getBoolean("portal.eval.variants")) {
            out.put("documents x4", d.withDocumentWeight(4));
            out.put("documents x8", d.withDocumentWeight(8));
            out.put("documents x16", d.withDocumentWeight(16));
        }
        return out;
    }

    private static Score score(SearchExecution execution, IndexSearcher searcher, DefaultSortedSetDocValuesReaderState facets,
                               List<Question> questions, boolean keywords, StringBuilder misses) throws Exception {
        double recall = 0;
        double mrr = 0;
        int n = 0;
        List<Double> times = new ArrayList<>();
        for (Question q : questions) {
            String text = keywords ? q.keywords() : q.question();
            if (text == null || text.isEmpty()) {
                continue;
            }
            text = text.replace("；", " ");
            n++;
            List<String> ids = new ArrayList<>();
            long started = System.nanoTime();
            try {
                SearchRequest request = SearchRequest.parse(text, null, null, null, null, null, null, null, "10");
                for (SearchResults.Hit hit : execution.run(searcher, facets, request).results()) {
                    ids.add(hit.externalId());
                }
            } catch (UserError refused) {
                // a 400 finds nothing, as in score.py
            }
            times.add((System.nanoTime() - started) / 1e6);
            int found = 0;
            double rr = 0;
            for (int i = 0; i < Math.min(10, ids.size()); i++) {
                if (q.relevant().contains(ids.get(i))) {
                    found++;
                    if (rr == 0) {
                        rr = 1.0 / (i + 1);
                    }
                }
            }
            recall += (double) found / q.relevant().size();
            mrr += rr;
            misses.append(keywords ? "K" : "Q").append('\t').append(String.format(Locale.ROOT, "%.2f", rr)).append('\t')
                    .append(text).append('\t').append(q.relevant()).append('\t').append(ids).append('\n');
        }
        times.sort(null);
        return new Score(recall / n, mrr / n, n, times.get(times.size() / 2), times.get((int) (times.size() * 0.99)));
    }

    /** A file of the shared directory beside the checkout (../shared from the main one, ../../shared from a worktree). */
    private static Path shared(String given, String relative) {
        if (given != null) {
            return Path.of(given);
        }
        Path near = Path.of("../shared").resolve(relative);
        return Files.exists(near) ? near : Path.of("../../shared").resolve(relative);
    }

    static List<Question> questions(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Question> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            Set<String> relevant = new HashSet<>();
            n.path("relevant").forEach(r -> relevant.add(r.asText()));
            out.add(new Question(n.path("question").asText(null), n.path("keywords").isTextual() ? n.get("keywords").asText() : null,
                    relevant));
        }
        return out;
    }

    /** The 体裁分类 the import gives a record (content/corpus.yaml's rules, read as the import reads them). */
    static String genreOf(String category) {
        return CORPUS_GENRES.codeFor(category);
    }

    private static final org.zwgk.portal.content.CorpusGenres CORPUS_GENRES =
            org.zwgk.portal.content.CorpusGenres.read(Path.of("content"));

    /**
     * What indexing articles costs: the laws indexed as documents only (as before) and with their
     * articles, one after the other, each with time, size on disk and peak heap. Run with
     * -Dtest=LegalQuestionsEvaluation#buildCost.
     */
    @Test
    void buildCost() throws Exception {
        Path laws = shared(null, "corpus/laws.jsonl.gz");
        AnalysisChain chain = AnalysisChain.valueOf(AnalysisChain.KEPT);
        StringBuilder report = new StringBuilder();
        for (boolean articles : new boolean[]{false, true}) {
            Path dir = Path.of("target/legal-eval/cost-" + articles);
            if (Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
            System.gc();
            java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            writeArticles = articles;
            try {
                build(laws, chain, dir);
            } finally {
                writeArticles = true;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long size;
            try (var files = Files.list(dir)) {
                size = files.mapToLong(f -> f.toFile().length()).sum();
            }
            int entries;
            try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
                entries = r.numDocs();
            }
            String line = String.format(Locale.ROOT, "%s: %d index entries in %.1f s, %.1f MB on disk, peak heap %d MB (max %d MB)",
                    articles ? "documents and articles" : "documents only", entries, millis / 1000.0, size / 1e6, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.println(line);
            report.append(line).append('\n');
        }
        Files.writeString(Path.of("target/legal-eval/build-cost.txt"), report);
    }

    private static boolean writeArticles = true;

    /** The laws as the import command makes them: promulgation history as a list, then the body. */
    private static void build(Path laws, AnalysisChain chain, Path indexDir) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(indexDir);
        DocumentIndexer indexer = new DocumentIndexer(chain);
        ObjectMapper json = new ObjectMapper();
        int count = 0;
        // the titles the import gives parts of one law filed under one title and date (CorpusImporter.Editions)
        // and the title and date of those among them of which one starts after 第一条 (a law in parts)
        Map<String, Integer> sharing = new HashMap<>();
        java.util.Set<String> inParts = new java.util.HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(laws)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                String key = n.get("title").asText() + '\u0000' + n.path("version_date").asText("-");
                sharing.merge(key, 1, Integer::sum);
                if (org.zwgk.portal.content.CorpusImporter.Editions.startsAfterFirstArticle(n.path("body").asText(""))) {
                    inParts.add(key);
                }
            }
        }
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(chain.analyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(laws)),
                     StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                List<String> promulgation = new ArrayList<>();
                n.path("promulgation").forEach(p -> promulgation.add("- " + p.asText()));
                String body = (promulgation.isEmpty() ? "" : String.join("\n", promulgation) + "\n\n") + n.path("body").asText("");
                String date = n.path("version_date").isTextual() ? n.path("version_date").asText() : null;
                long id = ++count;
                List<String> lines = new ArrayList<>();
                n.path("promulgation").forEach(p -> lines.add(p.asText()));
                String title = n.get("title").asText();
                String key = title + '\u0000' + n.path("version_date").asText("-");
                if (sharing.get(key) > 1 && inParts.contains(key)) {
                    title = org.zwgk.portal.content.CorpusImporter.Editions.partTitle(title, n.path("body").asText(""));
                }
                PublicDocument d = new PublicDocument(id, "EVAL/" + id, title,
                        org.zwgk.portal.content.CorpusImporter.docNumberOf(lines), DocumentType.POLICY,
                        "org", "机构", "ch", "栏目", null, null, genreOf(n.path("category").asText("")), date == null ? null : LocalDate.parse(date), null, null,
                        body, "/documents/" + id, n.get("id").asText());
                if (writeArticles) {
                    SearchIndex.write(writer, indexer, d);
                } else {
                    writer.addDocument(indexer.toLucene(d));
                }
            }
            writer.forceMerge(1);
        }
        Files.writeString(indexDir.resolve("complete"), "");
        System.out.printf(Locale.ROOT, "indexed %d laws in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
    }
}
