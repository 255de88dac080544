package org.zwgk.portal.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.content.CorpusImporter;
import org.zwgk.portal.documents.ListingCounts;
import org.zwgk.portal.documents.PublicDocument;
import org.zwgk.portal.pagecache.PageCache;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page benchmark (docs/benchmarks.md, section "Pages"): the home page, /xxgk, a channel page
 * and a document page against the search page and against nginx serving the same HTML as a static
 * file, with Debian's wrk at 200 connections, first with the laws of ../shared/corpus imported (by
 * the code of the {@code import} command), then at a generated million documents (rows written
 * straight into the database and the index, as SearchBenchmark generates them). Also what each page
 * costs when it is rendered (page cache off), to show that it does not grow with the documents.
 *
 * <pre>mvn -B test -Pbench -Dtest=PageBenchmark -Dbench.docs=1000000</pre>
 * on an H2 file database, or on PostgreSQL (the pg profile's server; PORTAL_TEST_PG_URL for another database):
 * <pre>mvn -B test -Pbench -Dtest=PageBenchmark -Dbench.docs=1000000 -Dquarkus.test.profile=test,pg</pre>
 */
@QuarkusTest
@TestProfile(PageBenchmark.Profile.class)
@Tag("benchmark")
class PageBenchmark {

    /** A file database and data directory of its own: a million documents do not fit the test's in-memory one. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String dir = Path.of("target/bench-pages-" + System.nanoTime()).toAbsolutePath().toString();
            Map<String, String> config = new java.util.HashMap<>(Map.of("portal.data-dir", dir,
                    "quarkus.log.category.\"org.zwgk\".level", "WARN",
                    // an hour of writing a million documents is not a hang
                    "quarkus.test.hang-detection-timeout", "PT3H"));
            // with -Dquarkus.test.profile=test,pg the pg profile's PostgreSQL server (emptied at start) holds them
            if (!System.getProperty("quarkus.test.profile", "").contains("pg")) {
                config.put("quarkus.datasource.jdbc.url",
                        "jdbc:h2:file:" + dir + "/db/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            }
            return config;
        }
    }

    static final int CONNECTIONS = 200;
    static final String DURATION = System.getProperty("bench.duration", "30s");
    static final String RENDERED_DURATION = System.getProperty("bench.rendered-duration", "15s");
    static final String WARMUP = System.getProperty("bench.warmup", "5s");
    static final int NGINX_PORT = 18236;

    @Inject
    CorpusImporter corpusImporter;
    @Inject
    SearchSync searchSync;
    @Inject
    SearchIndex index;
    @Inject
    PageCache pages;
    @Inject
    ListingCounts counts;
    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/")
    URL root;

    final HttpClient http = HttpClient.newHttpClient();
    final StringBuilder notes = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        assertThat(Path.of("/usr/bin/wrk")).as("apt-get install wrk").isExecutable();
        assertThat(Path.of("/usr/sbin/nginx")).as("apt-get install nginx").isExecutable();
        int largeCount = Integer.getInteger("bench.docs", 1_000_000);
        Path corpus = Path.of(System.getProperty("bench.corpus", "../shared/corpus"));
        StringBuilder rows = new StringBuilder();

        long t0 = System.nanoTime();
        int imported = corpusImporter.importFile(corpus.resolve("laws.jsonl.gz"), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        searchSync.compact();
        notes.append(String.format(Locale.ROOT, "The laws corpus: %d records imported by the `import` command's code in %.0f s. ",
                imported, (System.nanoTime() - t0) / 1e9));
        awaitIndexed();
        long documentId = firstId("/api/v1/documents?channel=flfg&size=1");
        measure(rows, documentId);
        writeReport(rows.toString(), largeCount); // the laws' table stays if the large run fails

        List<String> keys = new ArrayList<>();
        List<PublicDocument> laws = new ArrayList<>();
        SearchEvaluation.readCorpus(corpus.resolve("laws.jsonl.gz"), keys, laws);
        SearchEvaluation.readCorpus(corpus.resolve("work-reports.jsonl.gz"), keys, laws);
        generate(largeCount - counts.total(), laws);
        measure(rows, documentId);

        writeReport(rows.toString(), largeCount);
        System.out.println(notes + "\n" + rows);
    }

    /** The pages side by side at the current number of documents: appends one table's rows. */
    void measure(StringBuilder rows, long documentId) throws Exception {
        long total = counts.total();
        String label = String.format(Locale.ROOT, "%,d documents", total);
        String document = "/documents/" + documentId;
        Map<String, String> pagesToMeasure = new LinkedHashMap<>();
        pagesToMeasure.put("home `/`", "/");
        pagesToMeasure.put("`/xxgk`", "/xxgk");
        pagesToMeasure.put("channel `/channels/flfg`", "/channels/flfg");
        pagesToMeasure.put("document `" + document + "`", document);

        // what a page costs when rendered: the cache off, 8 connections, each page alone
        pages.setEnabled(false);
        for (Map.Entry<String, String> p : pagesToMeasure.entrySet()) {
            wrk(p.getValue(), 8, WARMUP, null);
            Wrk w = wrk(p.getValue(), 8, RENDERED_DURATION, null);
            rows.append("| ").append(label).append(" | ").append(p.getKey()).append(", rendered every time (cache off, 8 connections, " + RENDERED_DURATION + ") | ")
                    .append(w.cells()).append(" | | |\n");
        }
        pages.setEnabled(true);

        // the search page: one query again and again, and the search benchmark's 68 queries in turn (its
        // result cache on, as in production); the pages are compared with the faster of the two
        String oneQuery = "/search?q=" + URLEncoder.encode("政务公开", StandardCharsets.UTF_8);
        wrk(oneQuery, CONNECTIONS, WARMUP, null);
        Wrk single = wrk(oneQuery, CONNECTIONS, DURATION, null);
        Path searchScript = searchScript();
        wrk("/", CONNECTIONS, WARMUP, searchScript);
        Wrk mix = wrk("/", CONNECTIONS, DURATION, searchScript);
        Wrk search = single.rps >= mix.rps ? single : mix;
        rows.append("| ").append(label).append(" | search page `/search?q=政务公开`, the same query every time | ").append(single.cells())
                .append(String.format(Locale.ROOT, " | %.2f | |\n", single.rps / search.rps));
        rows.append("| ").append(label).append(" | search page `/search?q=…`, 68 queries in turn | ").append(mix.cells())
                .append(String.format(Locale.ROOT, " | %.2f | |\n", mix.rps / search.rps));

        Map<String, Wrk> portal = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : pagesToMeasure.entrySet()) {
            wrk(p.getValue(), CONNECTIONS, WARMUP, null);
            Wrk w = wrk(p.getValue(), CONNECTIONS, DURATION, null);
            portal.put(p.getValue(), w);
            rows.append("| ").append(label).append(" | ").append(p.getKey()).append(" | ").append(w.cells()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", w.rps / search.rps)).append(" | ");
            if (p.getValue().equals("/") || p.getValue().equals(document)) {
                Wrk nginx = nginx(p.getValue());
                rows.append(String.format(Locale.ROOT, "**%.0f %%** of nginx's %.0f/s (p99 %s) for the same %d bytes",
                        100 * w.rps / nginx.rps, nginx.rps, nginx.p99, nginx.bytes));
            }
            rows.append(" |\n");
        }

        // many different documents: mostly rendered, since a million pages do not fit the cache
        Path randomScript = randomDocumentsScript(total);
        wrk("/", CONNECTIONS, WARMUP, randomScript);
        Wrk random = wrk("/", CONNECTIONS, DURATION, randomScript);
        rows.append("| ").append(label).append(" | document pages, 20,000 different ones in turn (mostly rendered, not cached) | ")
                .append(random.cells()).append(String.format(Locale.ROOT, " | %.2f | |\n", random.rps / search.rps));
    }

    /** Result of one wrk run. */
    record Wrk(double rps, String p50, String p99, long errors, long bytes) {
        String cells() {
            return String.format(Locale.ROOT, "%.0f | %s | %s | %d", rps, p50, p99, errors);
        }
    }

    Wrk wrk(String path, int connections, String duration, Path script) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/wrk", "-t2", "-c" + connections, "-d" + duration, "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(root + path.substring(1));
        return parse(SearchBenchmark.run(command.toArray(String[]::new)), bytesOf(root + path.substring(1)));
    }

    static Wrk parse(String out, long bytes) {
        Matcher p50 = Pattern.compile("\\s50%\\s+(\\S+)").matcher(out);
        Matcher p99 = Pattern.compile("\\s99%\\s+(\\S+)").matcher(out);
        Matcher rps = Pattern.compile("Requests/sec:\\s+(\\S+)").matcher(out);
        if (!p50.find() || !p99.find() || !rps.find()) {
            throw new AssertionError("wrk gave no figures: " + out);
        }
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return new Wrk(Double.parseDouble(rps.group(1)), p50.group(1), p99.group(1), errors, bytes);
    }

    long bytesOf(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    /** nginx (Debian's, 2 workers like the 2 cores) serving the portal's page, saved as a file, to the same wrk. */
    Wrk nginx(String path) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench-nginx").toAbsolutePath());
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("logs"));
        byte[] html = http.send(HttpRequest.newBuilder(URI.create(root + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        Files.write(dir.resolve("html/page.html"), html);
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 2;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  sendfile on;
                  keepalive_requests 100000;
                  types { text/html html; }
                  server {
                    listen 127.0.0.1:%2$d;
                    root %1$s/html;
                  }
                }
                """.formatted(dir, NGINX_PORT));
        Process nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("logs/out.log").toFile()).start();
        try {
            String url = "http://127.0.0.1:" + NGINX_PORT + "/page.html";
            for (int i = 0; i < 100; i++) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    Thread.sleep(50);
                }
            }
            SearchBenchmark.run("/usr/bin/wrk", "-t2", "-c" + CONNECTIONS, "-d" + WARMUP, url);
            return parse(SearchBenchmark.run("/usr/bin/wrk", "-t2", "-c" + CONNECTIONS, "-d" + DURATION, "--latency", url), html.length);
        } finally {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    Path searchScript() throws Exception {
        List<String> queries = SearchBenchmark.queries();
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String q : queries) {
            lua.append("  \"/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append("\",\n");
        }
        return script("wrk-search-page.lua", lua);
    }

    Path randomDocumentsScript(long total) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "select id from document where status = 'PUBLISHED' and disclosure = 'PROACTIVE' order by id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        Random random = new Random(7);
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (int i = 0; i < 20_000; i++) {
            lua.append("  \"/documents/").append(ids.get(random.nextInt(ids.size()))).append("\",\n");
        }
        return script("wrk-random-documents.lua", lua);
    }

    static Path script(String name, StringBuilder paths) throws Exception {
        paths.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        Path script = Files.createDirectories(Path.of("target")).resolve(name);
        Files.writeString(script, paths.toString());
        return script;
    }

    long firstId(String apiPath) throws Exception {
        String json = http.send(HttpRequest.newBuilder(URI.create(root + apiPath.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    void awaitIndexed() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (index.documentCount() < counts.total() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /**
     * Adds {@code n} published documents as SearchBenchmark makes them (real titles with a new ending,
     * three to six real paragraphs, fixed seed), each with its first version, written straight into
     * the database in batches and into the index, then merged as the import command does.
     */
    void generate(long n, List<PublicDocument> laws) throws Exception {
        if (n <= 0) {
            return;
        }
        List<String> paragraphs = SearchBenchmark.paragraphs(laws);
        Map<String, Object[]> channels = new LinkedHashMap<>(); // code -> {id, name, owner id, owner code, owner name}
        Map<Long, String[]> organizations = new HashMap<>();
        List<Object[]> topics = new ArrayList<>();
        List<Object[]> genres = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            try (ResultSet r = c.createStatement().executeQuery("select id, code, name from organization")) {
                while (r.next()) {
                    organizations.put(r.getLong(1), new String[]{r.getString(2), r.getString(3)});
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("select id, code, name, owner_id from channel where closed_on is null")) {
                while (r.next()) {
                    String[] owner = organizations.get(r.getLong(4));
                    channels.put(r.getString(2), new Object[]{r.getLong(1), r.getString(3), r.getLong(4), owner[0], owner[1]});
                }
            }
            try (ResultSet r = c.createStatement().executeQuery(
                    "select c.id, c.code, p.code, c.scheme from classification c left join classification p on p.id = c.parent_id")) {
                while (r.next()) {
                    (r.getString(4).equals("TOPIC") ? topics : genres).add(new Object[]{r.getLong(1), r.getString(2), r.getString(3)});
                }
            }
        }
        List<Object[]> channelList = new ArrayList<>(channels.values());
        List<String> channelCodes = new ArrayList<>(channels.keySet());
        long t0 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            long seed = 42 + w;
            workers.add(pool.submit(() -> {
                Random r = new Random(seed);
                try (Connection c = db.getConnection()) {
                    c.setAutoCommit(false);
                    PreparedStatement doc = c.prepareStatement("insert into document (id, index_number, doc_type, status, title,"
                            + " organization_id, channel_id, topic_id, genre_id, written_on, published_at, validity, disclosure, body,"
                            + " current_major, current_minor, lock_version, created_at, updated_at)"
                            + " values (?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, 'VALID', 'PROACTIVE', ?, 1, 0, 0, ?, ?)");
                    PreparedStatement version = c.prepareStatement("insert into document_version (id, document_id, major, minor,"
                            + " change_kind, change_note, title, validity, body, created_at, created_by, doc_type, disclosure)"
                            + " values (?, ?, 1, 0, 'MAJOR', '首次发布', ?, 'VALID', ?, ?, 'benchmark', ?, 'PROACTIVE')");
                    int batch = 0;
                    for (int i; (i = next.getAndIncrement()) < n; ) {
                        long id = 3_000_000_000L + i;
                        int ch = r.nextInt(channelList.size());
                        Object[] channel = channelList.get(ch);
                        Object[] topic = r.nextInt(10) == 0 ? null : topics.get(r.nextInt(topics.size()));
                        Object[] genre = r.nextInt(10) == 0 ? null : genres.get(r.nextInt(genres.size()));
                        DocumentType type = SearchBenchmark.TYPES[r.nextInt(SearchBenchmark.TYPES.length)];
                        String title = laws.get(r.nextInt(laws.size())).title() + "（" + (2000 + r.nextInt(26)) + "年第" + (1 + r.nextInt(300)) + "号）";
                        StringBuilder body = new StringBuilder();
                        for (int p = 3 + r.nextInt(4); p > 0; p--) {
                            body.append(paragraphs.get(r.nextInt(paragraphs.size()))).append("\n\n");
                        }
                        LocalDate date = LocalDate.of(2000 + r.nextInt(26), 1 + r.nextInt(12), 1 + r.nextInt(28));
                        Instant published = date.atStartOfDay(org.zwgk.portal.common.PortalConfig.ZONE).toInstant().plusSeconds(r.nextInt(86_400));
                        OffsetDateTime at = published.atOffset(java.time.ZoneOffset.UTC);
                        doc.setLong(1, id);
                        doc.setString(2, "BENCH/" + id);
                        doc.setString(3, type.name());
                        doc.setString(4, title);
                        doc.setLong(5, (Long) channel[2]);
                        doc.setLong(6, (Long) channel[0]);
                        doc.setObject(7, topic == null ? null : topic[0]);
                        doc.setObject(8, genre == null ? null : genre[0]);
                        doc.setObject(9, date);
                        doc.setObject(10, at);
                        doc.setString(11, body.toString());
                        doc.setObject(12, at);
                        doc.setObject(13, at);
                        doc.addBatch();
                        version.setLong(1, id);
                        version.setLong(2, id);
                        version.setString(3, title);
                        version.setString(4, body.toString());
                        version.setObject(5, at);
                        version.setString(6, type.name());
                        version.addBatch();
                        index.add(new PublicDocument(id, "BENCH/" + id, title, null, type, (String) channel[3], (String) channel[4],
                                channelCodes.get(ch), (String) channel[1], topic == null ? null : (String) topic[1],
                                topic == null ? null : (String) topic[2], genre == null ? null : (String) genre[1], date, published,
                                null, body.toString(), "/documents/" + id, null));
                        if (++batch == 500) {
                            doc.executeBatch();
                            version.executeBatch();
                            c.commit();
                            batch = 0;
                        }
                    }
                    doc.executeBatch();
                    version.executeBatch();
                    c.commit();
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
        double seconds = (System.nanoTime() - t0) / 1e9;
        long m0 = System.nanoTime();
        index.compact(Instant.now());
        double merge = (System.nanoTime() - m0) / 1e9;
        // the rows bypassed the change events: the counts are read again, once, and the pages forgotten
        counts.reload();
        long c0 = System.nanoTime();
        long total = counts.total();
        double counting = (System.nanoTime() - c0) / 1e9;
        pages.invalidate();
        notes.append(String.format(Locale.ROOT, "The generated documents: %,d written to the database and the index in %.0f s"
                + " (2 threads), the index merged in %.0f s; the first count of %,d listed documents, which the portal does once"
                + " after a start, took %.1f s. ", n, seconds, merge, total, counting));
    }

    void writeReport(String rows, int largeCount) throws Exception {
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String section = "## Pages\n\n"
                + "Measured by `mvn -B test -Pbench -Dtest=PageBenchmark -Dbench.docs=" + largeCount + "` on "
                + ZonedDateTime.now().toLocalDate() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB max heap, Java " + System.getProperty("java.version")
                + (System.getProperty("quarkus.test.profile", "").contains("pg") ? ", PostgreSQL" : ", H2 file database")
                + ", JVM assertions " + (SearchBenchmark.assertionsOn() ? "ON (use -Pbench)" : "off")
                + ". Debian's wrk (2 threads, " + CONNECTIONS + " connections, " + DURATION + " after " + WARMUP + " of warm-up, no"
                + " Accept-Encoding, so every answer is the plain HTML) and the portal share the two cores over loopback;"
                + " so does nginx " + nginxVersion() + " (2 workers, access log off) when it serves the same page saved as a"
                + " file. " + notes
                + "Other work on the machine at the end (load average " + load + ") competes for the same cores, so the"
                + " figures are lower than on an idle machine; the ratios are taken within one run.\n\n"
                + "| documents | page | requests/s | p50 | p99 | errors | × search page | against nginx |\n"
                + "|---|---|---|---|---|---|---|---|\n" + rows + "\n"
                + "× search page: requests/s over those of the faster of the two search-page rows of the same size."
                + " The rendered rows (page cache off, 8 connections) are what a page costs when it is not in the cache:"
                + " after a publication, or for a page nobody asked for since.\n\n"
                + "Targets (issues 10 and 11): home, `/xxgk`, a channel page and a document page each at least as many requests/s"
                + " as the search page, p99 under 300 ms at 200 connections, no errors; home and document page at least 25 % of"
                + " nginx; no page's cost growing with the number of documents (compare the rendered rows of the two sizes).\n";
        Path file = Path.of("docs/benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        int start = text.indexOf("## Pages\n");
        text = (start < 0 ? text.stripTrailing() + "\n\n" : text.substring(0, start)) + section;
        Files.writeString(file, text);
    }

    static String nginxVersion() {
        try {
            String v = SearchBenchmark.run("/usr/sbin/nginx", "-v").trim();
            return v.substring(v.indexOf('/') + 1);
        } catch (Exception e) {
            return "";
        }
    }
}
