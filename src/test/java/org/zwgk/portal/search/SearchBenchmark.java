package org.zwgk.portal.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.DocumentContent;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.documents.DocumentService;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.PublicDocument;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search benchmark (docs/benchmarks.md): index build rate, search latency through the HTTP API
 * with 8 concurrent clients at the shared corpus and at a generated large corpus, publish-to-findable
 * delay through the real publishing path, and peak memory. Run with the command in docs/benchmarks.md.
 */
@QuarkusTest
@TestProfile(SearchBenchmark.Profile.class)
@Tag("benchmark")
class SearchBenchmark {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.data-dir", "target/bench-data-" + System.nanoTime());
        }
    }

    static final int CLIENTS = 8;

    @Inject
    SearchIndex index;

    @Inject
    DocumentService documents;

    @Inject
    SearchService searchService;

    @TestHTTPResource("/")
    URL root;

    final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();

    @Test
    void benchmark() throws Exception {
        int largeCount = Integer.getInteger("bench.docs", 1_000_000);
        Path corpus = Path.of(System.getProperty("portal.eval.corpus", "../shared/corpus"));
        List<String> keys = new ArrayList<>();
        List<PublicDocument> docs = new ArrayList<>();
        SearchEvaluation.readCorpus(corpus.resolve("laws.jsonl.gz"), keys, docs);
        SearchEvaluation.readCorpus(corpus.resolve("work-reports.jsonl.gz"), keys, docs);
        List<String> queries = queries();
        StringBuilder report = new StringBuilder();

        // 1. the shared corpus
        long chars = docs.stream().mapToLong(d -> d.body().length() + d.title().length()).sum();
        long t0 = System.nanoTime();
        int base = 1_000_000_000;
        for (int i = 0; i < docs.size(); i++) {
            index.add(relabel(docs.get(i), base + i));
        }
        index.commit(Instant.now());
        index.refresh();
        double seconds = (System.nanoTime() - t0) / 1e9;
        report.append(String.format(Locale.ROOT, "| index build, shared corpus | %d documents, %.1f M characters in %.1f s: **%.0f documents/s**, %.2f M characters/s |%n",
                docs.size(), chars / 1e6, seconds, docs.size() / seconds, chars / 1e6 / seconds));
        searchService.setCacheEnabled(false);
        load(queries, 30);
        report.append("| search latency at " + index.documentCount() + " documents, result cache off | " + load(queries, 200) + " |\n");
        report.append("| the same, clients in another process (wrk, 8 connections, 60 s) | " + wrk(queries) + " |\n");
        searchService.setCacheEnabled(true);

        // 2. publish to findable, through the database, the change event and the near-real-time reader
        report.append("| publish → findable (20 publications) | " + publishToFindable() + " |\n");

        // 3. a large corpus generated from the shared one
        Random random = new Random(42);
        List<String> paragraphs = paragraphs(docs);
        t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        long[] seeds = {random.nextLong(), random.nextLong()};
        for (int w = 0; w < 2; w++) {
            long seed = seeds[w];
            workers.add(pool.submit(() -> {
                Random r = new Random(seed);
                for (int i; (i = next.getAndIncrement()) < largeCount - docs.size(); ) {
                    index.add(generated(2_000_000_000L + i, docs, paragraphs, r));
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        index.commit(Instant.now());
        index.refresh();
        seconds = (System.nanoTime() - t0) / 1e9;
        int segments = index.segmentCount();
        t0 = System.nanoTime();
        index.compact(Instant.now());
        double mergeSeconds = (System.nanoTime() - t0) / 1e9;
        int total = index.documentCount();
        report.append(String.format(Locale.ROOT, "| index build, generated corpus | %d documents in %.0f s with 2 threads: **%.0f documents/s**; then merged from %d segments to 1 in %.0f s (what the import command and the nightly compaction do) |%n",
                total - docs.size(), seconds, (total - docs.size()) / seconds, segments, mergeSeconds));
        searchService.setCacheEnabled(false);
        load(queries, 50); // warm the new reader: facet ordinals, JIT
        report.append("| search latency at " + total + " documents, result cache off (every search computed) | " + load(queries, 250) + " |\n");
        report.append("| the same, clients in another process (wrk, 8 connections, 60 s) | " + wrk(queries) + " |\n");
        Path legal = corpus.resolveSibling("eval").resolve("legal-questions-dev.jsonl");
        if (Files.exists(legal)) {
            // citizens' words, as question-benchmark.sh sends them at the laws corpus: each in turn, first page
            List<LegalQuestionsEvaluation.Question> asked = LegalQuestionsEvaluation.questions(legal);
            report.append("| whole questions of the legal questions' development half at " + total + " documents, wrk, 8 connections, 60 s | "
                    + wrk(asked.stream().map(LegalQuestionsEvaluation.Question::question).toList(), false) + " |\n");
            report.append("| their keyword forms, the same | "
                    + wrk(asked.stream().filter(q -> q.keywords() != null && !q.keywords().isBlank())
                            .map(q -> q.keywords().replace('；', ' ')).toList(), false) + " |\n");
        }
        searchService.setCacheEnabled(true);
        report.append("| search latency at " + total + " documents, result cache on (" + queries.size()
                + " distinct queries, repeated) | " + load(queries, 250) + " |\n");
        report.append("| publish → findable at " + total + " documents | " + publishToFindable() + " |\n");
        report.append(String.format(Locale.ROOT, "| memory | peak resident set %s MB; heap used after the runs %d MB; index on disk %d MB |%n",
                peakRss(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, size(index.path()) >> 20));

        writeReport(report.toString(), largeCount);
        System.out.println(report);
        assertThat(total).isGreaterThanOrEqualTo(largeCount);
    }

    /** Each of 8 clients sends {@code perClient} searches in a row; returns p50 / p99 / throughput. */
    String load(List<String> queries, int perClient) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                Random r = new Random(client);
                for (int i = 0; i < perClient; i++) {
                    String q = queries.get(r.nextInt(queries.size()));
                    String page = r.nextInt(10) == 0 ? "&page=2" : "";
                    String sort = r.nextInt(5) == 0 ? "&sort=date" : "";
                    URI uri = URI.create(root + "api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + page + sort);
                    long t = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "8 clients, %d requests: p50 **%.1f ms**, p99 **%.1f ms**, max %.1f ms, %.0f requests/s, %d errors",
                sorted.size(), pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6,
                sorted.size() / seconds, errors.get());
    }

    /**
     * The same mix of searches from wrk, a load generator in C in its own process (Debian's wrk), so
     * the clients' own work takes less of the two cores than the JVM's HTTP client does.
     */
    String wrk(List<String> queries) throws Exception {
        return wrk(queries, true);
    }

    /** {@code mixed}: queries drawn at random, some for page 2 or by date; else each in turn, first page. */
    String wrk(List<String> queries, boolean mixed) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            return "not measured: wrk is not installed (apt-get install wrk)";
        }
        Random r = new Random(42);
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (int i = 0; i < (mixed ? 4000 : queries.size()); i++) {
            String q = mixed ? queries.get(r.nextInt(queries.size())) : queries.get(i);
            String page = mixed && r.nextInt(10) == 0 ? "&page=2" : "";
            String sort = mixed && r.nextInt(5) == 0 ? "&sort=date" : "";
            lua.append("  \"/api/v1/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append(page).append(sort).append("\",\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        Path script = Files.createDirectories(Path.of("target")).resolve("wrk-search.lua");
        Files.writeString(script, lua.toString());
        run("/usr/bin/wrk", "-t2", "-c8", "-d10s", "-s", script.toString(), root.toString()); // warm-up
        String out = run("/usr/bin/wrk", "-t2", "-c8", "-d60s", "--latency", "-s", script.toString(), root.toString());
        java.util.regex.Matcher p50 = java.util.regex.Pattern.compile("\\s50%\\s+(\\S+)").matcher(out);
        java.util.regex.Matcher p99 = java.util.regex.Pattern.compile("\\s99%\\s+(\\S+)").matcher(out);
        java.util.regex.Matcher rps = java.util.regex.Pattern.compile("Requests/sec:\\s+(\\S+)").matcher(out);
        java.util.regex.Matcher errors = java.util.regex.Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (!p50.find() || !p99.find() || !rps.find()) {
            return "wrk gave no figures: " + out.replace('\n', ' ');
        }
        return "p50 **" + p50.group(1) + "**, p99 **" + p99.group(1) + "**, " + rps.group(1) + " requests/s, "
                + (errors.find() ? errors.group(1) : "0") + " errors";
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    String publishToFindable() throws Exception {
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String marker = "基准测试发布" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT).replaceAll("[0-9]", "");
            String title = "关于" + marker + "的通知";
            long t = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> documents.publish(new DocumentContent(
                    Organization.findByCode("szfb").orElseThrow(), Channel.findByCode("tzgg").orElseThrow(),
                    DocumentMetadata.proactive(DocumentType.NOTICE, title, marker + "的正文。"), Instant.now()),
                    new DocumentService.Origin(null, null, null), "首次发布", AuditLog.system("benchmark")));
            URI uri = URI.create(root + "api/v1/search?size=1&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
            while (!http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body().contains(title)) {
                if (System.nanoTime() - t > 10_000_000_000L) {
                    throw new AssertionError("not findable after 10 s: " + title);
                }
                Thread.sleep(2);
            }
            delays.add(System.nanoTime() - t);
        }
        Collections.sort(delays);
        return String.format(Locale.ROOT, "p50 **%.0f ms**, max **%.0f ms** (commit to first search that finds it)",
                pct(delays, 0.5), delays.get(delays.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static PublicDocument relabel(PublicDocument d, long id) {
        return new PublicDocument(id, "BENCH/" + id, d.title(), d.docNumber(), DocumentType.POLICY, "szfb",
                "昆山市人民政府办公室", "flfg", "法律法规", "zhzw-zwgk", "zhzw", "fl", d.writtenDate(),
                d.writtenDate() == null ? null : d.writtenDate().atStartOfDay(org.zwgk.portal.common.PortalConfig.ZONE).toInstant(),
                null, d.body(), "/documents/" + id, d.externalId());
    }

    static final String[] ORGS = {"szfb", "czj", "fgw", "scjgj", "jyj", "mzj", "rsj", "zjj", "zwb", "dsjzx", "zpz", "bcz"};
    static final String[] CHANNELS = {"zcwj", "zcjd", "tzgg", "gzdt", "hygq", "czyjs", "sgs", "zdjsxm"};
    static final String[] TOPICS = {"zhzw-zwgk", "czjr-cz", "gtzy", "cxjs", "kjjy", "wsty", "ldrs", "mzfp"};
    static final DocumentType[] TYPES = DocumentType.values();

    /** A reproducible document: a real title with a new ending, three to six real paragraphs. */
    static PublicDocument generated(long id, List<PublicDocument> docs, List<String> paragraphs, Random r) {
        String title = docs.get(r.nextInt(docs.size())).title() + "（" + (2000 + r.nextInt(26)) + "年第" + (1 + r.nextInt(300)) + "号）";
        StringBuilder body = new StringBuilder();
        for (int p = 3 + r.nextInt(4); p > 0; p--) {
            body.append(paragraphs.get(r.nextInt(paragraphs.size()))).append("\n\n");
        }
        LocalDate date = LocalDate.of(2000 + r.nextInt(26), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return new PublicDocument(id, "GEN/" + id, title, null, TYPES[r.nextInt(TYPES.length)], ORGS[r.nextInt(ORGS.length)],
                "机构", CHANNELS[r.nextInt(CHANNELS.length)], "栏目", TOPICS[r.nextInt(TOPICS.length)], null, null, date,
                date.atStartOfDay(org.zwgk.portal.common.PortalConfig.ZONE).toInstant(), null, body.toString(), "/documents/" + id, null);
    }

    static List<String> paragraphs(List<PublicDocument> docs) {
        List<String> out = new ArrayList<>();
        for (PublicDocument d : docs) {
            for (String p : d.body().split("\n\n")) {
                if (p.length() >= 40 && p.length() <= 400) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    static List<String> queries() throws Exception {
        List<String> out = new ArrayList<>();
        SearchEvaluation.judged().forEach(j -> out.add(j.query()));
        out.addAll(List.of("政府", "公开", "通知", "管理办法", "安全", "教育", "环境保护", "财政预算", "2018", "条例",
                "昆政办发〔2018〕152号", "行政处罚", "行政许可", "社会保险", "住房", "交通", "农业", "卫生健康"));
        return out;
    }

    static String peakRss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) >> 10);
            }
        }
        return "?";
    }

    static long size(Path dir) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try (var files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            } catch (java.io.UncheckedIOException fileGoneWhileWalking) {
                // a commit running meanwhile (the publish rows' writes) replaced a file under the walk
                if (attempt == 5) {
                    throw fileGoneWhileWalking;
                }
                Thread.sleep(200);
            }
        }
    }

    @SuppressWarnings("AssertWithSideEffects")
    static boolean assertionsOn() {
        boolean on = false;
        assert on = true;
        return on;
    }

    static void writeReport(String rows, int largeCount) throws Exception {
        String text = "# Benchmarks\n\n"
                + "Measured by `mvn -B test -Pbench -Dtest=SearchBenchmark -Dbench.docs=" + largeCount + "`\n"
                + "on " + ZonedDateTime.now().toLocalDate() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB max heap, Java " + System.getProperty("java.version")
                + ", analysis chain " + AnalysisChain.KEPT + ", JVM assertions " + (assertionsOn() ? "ON (not as in production: use -Pbench)" : "off as in production")
                + ". The server and its 8 clients share the machine's cores:"
                + " the clients are java.net.http in the server's JVM, or in the wrk row Debian's wrk in a process of its"
                + " own, over loopback. Both send the same mix: the judged queries and 18 common ones, one in ten for the"
                + " second page, one in five sorted by date. The generated corpus is reproducible (fixed seed): real"
                + " titles with a new ending and three to six real paragraphs from shared/corpus each, spread over 12"
                + " organizations, 8 channels, all types and 26 years. The latency target is judged on the wrk rows:"
                + " the JVM's own HTTP clients take much of the two cores from the server they measure, as the two rows at"
                + " the shared corpus show, where a search costs a few milliseconds.\n\n"
                + "| what | figure |\n|---|---|\n" + rows + "\n"
                + "Targets (issue 3): p99 ≤ 50 ms at one million documents; publish-to-findable ≤ 1 s.\n"
                + "What the figures mean and where the time goes: docs/search.md, section Performance.\n"
                + GENERATED_END;
        Files.createDirectories(Path.of("docs"));
        // only the generated part is replaced: notes written under it by hand (earlier runs, how to compare
        // them) and the sections after it (other benchmarks) stay as they were
        Path file = Path.of("docs/benchmarks.md");
        String before = Files.exists(file) ? Files.readString(file) : "";
        int others = before.indexOf("\n## ");
        int end = before.indexOf(GENERATED_END);
        String kept = others < 0 ? "" : before.substring(others);
        if (end >= 0 && (others < 0 || end < others)) {
            kept = before.substring(end + GENERATED_END.length(), others < 0 ? before.length() : others) + kept;
        }
        Files.writeString(file, text + kept);
    }

    /** Ends the part of docs/benchmarks.md this benchmark writes; an HTML comment, so not shown. */
    static final String GENERATED_END = "<!-- end of SearchBenchmark's figures: the notes below it are kept when it runs again -->";
}
