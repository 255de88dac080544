package org.zwgk.portal.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.PublicDocument;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures every analysis chain on the judged query set (src/test/resources/search/judged-queries.tsv)
 * over shared/corpus and content/, with the production query planner and vocabulary. Not part of the
 * normal suite; run it with the command in docs/search.md. It fails if the configured default
 * chain is not the best one by MRR@10.
 */
@Tag("evaluation")
class SearchEvaluation {

    record Judged(String query, Set<String> relevant, String note) {
    }

    record Scores(AnalysisChain chain, String tuningName, double recall, double mrr, long indexMillis, List<String> misses) {
    }

    /** Query tunings tried on every chain; the first is the one in production. */
    static final Map<String, QueryPlanner.Tuning> TUNINGS = new LinkedHashMap<>();

    static {
        TUNINGS.put("default", QueryPlanner.Tuning.DEFAULT);
        TUNINGS.put("default, titles x16", QueryPlanner.Tuning.DEFAULT.withTitleWeight(16));
        TUNINGS.put("default, titles x8", QueryPlanner.Tuning.DEFAULT.withTitleWeight(8));
        TUNINGS.put("documents x1", QueryPlanner.Tuning.DEFAULT.withDocumentWeight(1));
        TUNINGS.put("documents x4", QueryPlanner.Tuning.DEFAULT.withDocumentWeight(4));
        TUNINGS.put("documents x8", QueryPlanner.Tuning.DEFAULT.withDocumentWeight(8));
        TUNINGS.put("no body phrase", new QueryPlanner.Tuning(3f, 2f, 0.7f, 0.6f, 0.3f, false, false));
        TUNINGS.put("synonyms also match body terms", new QueryPlanner.Tuning(3f, 2f, 0.7f, 0.6f, 0.3f, true, true));
        TUNINGS.put("title needs 60%", new QueryPlanner.Tuning(3f, 2f, 0.7f, 0.6f, 0.6f));
        TUNINGS.put("title any term", new QueryPlanner.Tuning(3f, 2f, 0.7f, 0.6f, 0f));
        TUNINGS.put("title any, msm 0.4", new QueryPlanner.Tuning(3f, 2f, 0.7f, 0.4f, 0f));
        TUNINGS.put("title any, msm 0.8", new QueryPlanner.Tuning(3f, 2f, 0.7f, 0.8f, 0f));
        TUNINGS.put("title any, title x6", new QueryPlanner.Tuning(6f, 2f, 0.7f, 0.6f, 0f));
        TUNINGS.put("title any, phrase x4", new QueryPlanner.Tuning(3f, 4f, 0.7f, 0.6f, 0f));
    }

    @Test
    void compareAnalysisChains() throws Exception {
        Path corpus = Path.of(System.getProperty("portal.eval.corpus", "../shared/corpus"));
        List<String> keys = new ArrayList<>();
        List<PublicDocument> docs = new ArrayList<>();
        for (String file : List.of("laws.jsonl.gz", "work-reports.jsonl.gz")) {
            readCorpus(corpus.resolve(file), keys, docs);
        }
        readContent(Path.of("content/documents"), keys, docs);
        List<Judged> judged = judged();

        List<Scores> all = new ArrayList<>();
        // -Dportal.eval.kept=true: only the kept chain and tuning (a quick check for a change to ranking)
        boolean keptOnly = Boolean.getBoolean("portal.eval.kept");
        for (AnalysisChain chain : AnalysisChain.values()) {
            if (keptOnly && chain != AnalysisChain.valueOf(AnalysisChain.KEPT)) {
                continue;
            }
            all.addAll(evaluate(chain, keys, docs, judged));
        }

        StringBuilder table = new StringBuilder("| chain | query tuning | recall@10 | MRR@10 | index build (ms) | queries with no relevant hit in top 10 |\n|---|---|---|---|---|---|\n");
        for (Scores s : all) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %d | %s |%n", s.chain(), s.tuningName(),
                    s.recall(), s.mrr(), s.indexMillis(), s.misses().isEmpty() ? "none" : String.join("; ", s.misses())));
        }
        String report = "Judged set: " + judged.size() + " queries over " + docs.size() + " documents.\n\n" + table;
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-evaluation.md"), report);

        // The rule the kept configuration must satisfy: as good as the best configuration tried on both
        // recall@10 and MRR@10, where "as good" allows 0.02 (on 50 queries, about one query's worth:
        // one relevant document more or less, one query moving one rank); among those, the cheapest
        // index wins (that part is argued in docs/search.md from the index build times).
        double bestRecall = all.stream().mapToDouble(Scores::recall).max().orElseThrow();
        double bestMrr = all.stream().mapToDouble(Scores::mrr).max().orElseThrow();
        Scores kept = all.stream().filter(s -> s.chain() == AnalysisChain.valueOf(AnalysisChain.KEPT)
                && s.tuningName().equals("default")).findFirst().orElseThrow();
        assertThat(kept.recall()).as("kept configuration's recall@10 is within noise of the best").isGreaterThan(bestRecall - 0.02);
        assertThat(kept.mrr()).as("kept configuration's MRR@10 is within noise of the best").isGreaterThan(bestMrr - 0.02);
    }

    private List<Scores> evaluate(AnalysisChain chain, List<String> keys, List<PublicDocument> docs, List<Judged> judged) throws Exception {
        Analyzer analyzer = chain.analyzer();
        DocumentIndexer indexer = new DocumentIndexer(chain);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        long start = System.nanoTime();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
            for (PublicDocument d : docs) {
                SearchIndex.write(writer, indexer, d);
            }
        }
        long indexMillis = (System.nanoTime() - start) / 1_000_000;
        List<Scores> out = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (Map.Entry<String, QueryPlanner.Tuning> tuning : TUNINGS.entrySet()) {
                if (Boolean.getBoolean("portal.eval.kept") && !tuning.getKey().startsWith("default")) {
                    continue;
                }
                QueryPlanner planner = new QueryPlanner(chain, analyzer, new SearchVocabulary(Path.of("content/search")),
                        tuning.getValue());
                out.add(score(chain, tuning.getKey(), planner, new IndexSearcher(reader), keys, judged, indexMillis,
                        new SearchExecution(planner, analyzer, SearchFields.HEAD + indexer.primarySuffix()),
                        new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS)));
            }
        }
        return out;
    }

    private Scores score(AnalysisChain chain, String tuningName, QueryPlanner planner, IndexSearcher searcher,
                         List<String> keys, List<Judged> judged, long indexMillis, SearchExecution execution,
                         org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facets) throws Exception {
        double recall = 0;
        double mrr = 0;
        List<String> misses = new ArrayList<>();
        {
            for (Judged j : judged) {
                // the production path: request checks, planner, article fusion, genre prior
                List<SearchResults.Hit> top = execution.run(searcher, facets,
                        SearchRequest.parse(j.query(), null, null, null, null, null, null, null, "10")).results();
                int found = 0;
                int firstRank = 0;
                for (int i = 0; i < top.size(); i++) {
                    long id = top.get(i).id();
                    if (j.relevant().contains(keys.get((int) id))) {
                        found++;
                        if (firstRank == 0) {
                            firstRank = i + 1;
                        }
                    }
                }
                recall += (double) found / j.relevant().size();
                mrr += firstRank == 0 ? 0 : 1.0 / firstRank;
                if (firstRank == 0) {
                    misses.add(j.query());
                }
                if (found < j.relevant().size()) {
                    System.out.printf("%s %s, %s: %d of %d relevant in the top 10 (first at %d)%n", chain, tuningName,
                            j.query(), found, j.relevant().size(), firstRank);
                    if (Boolean.getBoolean("portal.eval.explain")) {
                        top.forEach(h -> System.out.println("    " + keys.get((int) h.id()) + " " + h.title()));
                    }
                }
            }
        }
        return new Scores(chain, tuningName, recall / judged.size(), mrr / judged.size(), indexMillis, misses);
    }

    static List<Judged> judged() throws Exception {
        List<Judged> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SearchEvaluation.class.getResourceAsStream("/search/judged-queries.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                out.add(new Judged(parts[0], Set.of(parts[1].split(",")), parts.length > 2 ? parts[2] : ""));
            }
        }
        return out;
    }

    static void readCorpus(Path file, List<String> keys, List<PublicDocument> docs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                StringBuilder body = new StringBuilder();
                List<String> lines = new ArrayList<>();
                n.path("promulgation").forEach(p -> lines.add(p.asText()));
                lines.forEach(p -> body.append("- ").append(p).append('\n'));
                body.append(n.path("body").asText(""));
                String date = n.path("version_date").isTextual() ? n.path("version_date").asText() : null;
                add(keys, docs, n.get("id").asText(), n.get("title").asText(),
                        org.zwgk.portal.content.CorpusImporter.docNumberOf(lines), body.toString(),
                        date == null ? null : LocalDate.parse(date), LegalQuestionsEvaluation.genreOf(n.path("category").asText("")));
            }
        }
    }

    static void readContent(Path dir, List<String> keys, List<PublicDocument> docs) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(f);
                int end = text.indexOf("\n---\n", 3);
                Map<String, String> front = new LinkedHashMap<>();
                for (String l : text.substring(4, end).split("\n")) {
                    int colon = l.indexOf(": ");
                    if (colon > 0 && !l.startsWith(" ")) {
                        front.put(l.substring(0, colon), l.substring(colon + 2));
                    }
                }
                add(keys, docs, "content:" + front.get("key"), front.get("title"), front.get("docNumber"),
                        text.substring(end + 5), LocalDate.parse(front.get("writtenOn")));
            }
        }
    }

    static void add(List<String> keys, List<PublicDocument> docs, String key, String title, String docNumber,
                    String body, LocalDate date) {
        add(keys, docs, key, title, docNumber, body, date, null);
    }

    static void add(List<String> keys, List<PublicDocument> docs, String key, String title, String docNumber,
                    String body, LocalDate date, String genre) {
        long id = keys.size();
        keys.add(key);
        docs.add(new PublicDocument(id, "EVAL/" + id, title, docNumber, DocumentType.POLICY, "org", "机构", "ch", "栏目",
                null, null, genre, date, null, null, body, "/documents/" + id, key));
    }
}
