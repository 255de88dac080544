package org.zwgk.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 10, item 4: a publication the portal answered as done survives the process being killed
 * (SIGKILL) 10–60 ms later. Runs the packaged application ({@code target/quarkus-app/quarkus-run.jar},
 * so after {@code package}: a failsafe test) on its embedded H2 file database under a fresh data
 * directory, publishes through the workbench as an editor and a reviewer do, kills the process right
 * after each answer, starts it again on the same directory and checks that every answered
 * publication is there: the draft PUBLISHED, the document readable and findable, no id used twice.
 * On PostgreSQL too, when given the application built for it ({@code -Dportal.it.pg-jar}).
 */
class PublicationDurabilityIT {

    private static final String PASSWORD = "Kunshan-demo-2018";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern LOCK_VERSION = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"");
    private static final Pattern DRAFT = Pattern.compile("/workbench/drafts/(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Portal> started = new ArrayList<>();

    /** One publication the portal acknowledged: which draft, and under which title. */
    record Published(long draftId, String title) {
    }

    @Test
    void everyPublicationAnsweredBeforeAKillIsThereAfterTheRestart() throws Exception {
        killAndRestart(Path.of(System.getProperty("portal.it.jar", "target/quarkus-app/quarkus-run.jar")), Map.of());
    }

    /**
     * The same against PostgreSQL, on demand: the database kind is fixed at build time, so this needs
     * the application built for PostgreSQL (README, "Tests"); the suite's build is the H2 one.
     */
    @Test
    @EnabledIfSystemProperty(named = "portal.it.pg-jar", matches = ".+")
    void everyPublicationAnsweredBeforeAKillIsThereAfterTheRestartOnPostgreSql() throws Exception {
        killAndRestart(Path.of(System.getProperty("portal.it.pg-jar")), Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", System.getProperty("portal.it.pg-url", "jdbc:postgresql://localhost:5432/portal_durable"),
                "QUARKUS_DATASOURCE_USERNAME", System.getProperty("portal.it.pg-user", "portal"),
                "QUARKUS_DATASOURCE_PASSWORD", System.getProperty("portal.it.pg-password", "portal")));
    }

    private void killAndRestart(Path jarPath, Map<String, String> env) throws Exception {
        Path jar = jarPath.toAbsolutePath();
        assertThat(jar).as("the packaged application (run after mvn package)").exists();
        Path work = Files.createDirectories(Path.of("target", "durability-it")).toAbsolutePath();
        Path dataDir = Files.createTempDirectory(work, "data-");

        List<Published> answered = new ArrayList<>();
        Set<Long> documentIds = new HashSet<>();
        for (int round = 1; round <= 2; round++) {
            Portal portal = start(jar, dataDir, env, round);
            if (round > 1) {
                assertAllThere(portal, answered, documentIds);
            }
            Session editor = portal.login("czj-editor");
            Session reviewer = portal.login("czj-reviewer");
            List<Long> drafts = List.of(editor.submittedDraft("持久性测试第" + round + "轮甲" + System.nanoTime()),
                    editor.submittedDraft("持久性测试第" + round + "轮乙" + System.nanoTime()));
            for (long draft : drafts) {
                reviewer.approve(draft);
                answered.add(new Published(draft, editor.titles.get(draft)));
            }
            // the last approval was just answered: kill within 10–60 ms, before a delayed write could happen
            Thread.sleep(ThreadLocalRandom.current().nextInt(10, 61));
            portal.kill();
        }
        Portal last = start(jar, dataDir, env, 3);
        assertAllThere(last, answered, documentIds);
        assertThat(documentIds).as("no document id is used twice").hasSize(answered.size());
        last.kill();
    }

    private void assertAllThere(Portal portal, List<Published> answered, Set<Long> documentIds) throws Exception {
        Session editor = portal.login("czj-editor");
        for (Published p : answered) {
            HttpResponse<String> draft = editor.get("/api/v1/drafts/" + p.draftId());
            assertThat(draft.statusCode()).as("draft " + p.draftId() + " after the restart\n" + portal.logTail())
                    .isEqualTo(200);
            JsonNode d = JSON.readTree(draft.body());
            assertThat(d.get("status").asText()).as("draft %d (%s) was answered as published", p.draftId(), p.title())
                    .isEqualTo("PUBLISHED");
            long documentId = d.get("documentId").asLong();
            documentIds.add(documentId);
            HttpResponse<String> document = portal.anonymous().get("/api/v1/documents/" + documentId);
            assertThat(document.statusCode()).as("document " + documentId).isEqualTo(200);
            assertThat(JSON.readTree(document.body()).path("document").path("title").asText()).isEqualTo(p.title());
            String search = "/api/v1/search?q=" + URLEncoder.encode(p.title(), StandardCharsets.UTF_8);
            Eventually.within(Duration.ofSeconds(10), () -> assertThat(portal.anonymous().getUnchecked(search).body())
                    .as("the search index caught up with " + p.title()).contains("\"id\":" + documentId));
        }
    }

    private Portal start(Path jar, Path dataDir, Map<String, String> env, int run) throws Exception {
        Portal portal = new Portal(jar, dataDir, env, run);
        started.add(portal);
        portal.awaitReady(Duration.ofSeconds(120));
        return portal;
    }

    @AfterEach
    void stopAll() {
        started.forEach(Portal::kill);
    }

    /** The application in its own JVM, as {@code java -jar} runs it in production (demo accounts on). */
    static final class Portal {
        final Process process;
        final int port;
        final Path log;
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        Portal(Path jar, Path dataDir, Map<String, String> env, int run) throws IOException {
            this.port = freePort();
            this.log = dataDir.resolveSibling(dataDir.getFileName() + "-run" + run + ".log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xmx512m",
                    "-Dquarkus.profile=demo",
                    "-Dportal.data-dir=" + dataDir,
                    "-Dportal.content-dir=" + Path.of("content").toAbsolutePath(),
                    // logins cost less than production's hashes; nothing else differs
                    "-Dportal.security.password-iterations=1000",
                    "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.http.port=" + port,
                    "-jar", jar.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            this.process = builder.start();
        }

        void awaitReady(Duration limit) throws Exception {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("the portal exited with " + process.exitValue() + "\n" + logTail());
                }
                try {
                    if (anonymous().get("/q/health/ready").statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            fail("the portal did not start within " + limit + "\n" + logTail());
        }

        /** SIGKILL: no shutdown hook, no flush, no clean close of the database or the index. */
        void kill() {
            if (process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        Session anonymous() {
            return new Session(this);
        }

        Session login(String username) throws Exception {
            Session s = new Session(this);
            String csrf = s.formToken("/login");
            HttpResponse<String> r = s.post("/login", Map.of("csrf-token", csrf, "username", username,
                    "password", PASSWORD, "next", "/workbench"));
            assertThat(r.statusCode()).as("login of " + username + ": " + r.body()).isEqualTo(303);
            return s;
        }

        String logTail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }

    /**
     * A browser's view of the portal: keeps the cookies it is given (Secure ones too: this is loopback)
     * and reads each form's CSRF token and lock version from the page, as a person's browser would.
     */
    static final class Session {
        private final Portal portal;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        final Map<Long, String> titles = new LinkedHashMap<>();

        Session(Portal portal) {
            this.portal = portal;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET().build());
        }

        HttpResponse<String> getUnchecked(String path) {
            try {
                return get(path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> post(String path, Map<String, ?> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        String formToken(String page) throws IOException, InterruptedException {
            return find(CSRF, get(page).body(), page);
        }

        long submittedDraft(String title) throws Exception {
            String csrf = formToken("/workbench/drafts/new?channel=czyjs");
            HttpResponse<String> created = post("/workbench/drafts", Map.of("csrf-token", csrf, "channel", "czyjs",
                    "type", "NOTICE", "title", title, "body", title + "的正文：财政预算执行情况。"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
            long id = Long.parseLong(find(DRAFT, created.headers().firstValue("Location").orElse(""), "Location"));
            titles.put(id, title);
            // 提交审核 posts the whole draft form, as the editor's browser does
            step(id, "submit", Map.of("acknowledged", "true", "type", "NOTICE", "title", title,
                    "body", title + "的正文：财政预算执行情况。"));
            return id;
        }

        void approve(long draftId) throws Exception {
            step(draftId, "approve", Map.of());
        }

        private void step(long draftId, String step, Map<String, String> fields) throws Exception {
            String page = get("/workbench/drafts/" + draftId).body();
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("csrf-token", find(CSRF, page, "draft page"));
            form.put("lockVersion", find(LOCK_VERSION, page, "draft page"));
            HttpResponse<String> r = post("/workbench/drafts/" + draftId + "/" + step, form);
            assertThat(r.statusCode()).as(step + " of draft " + draftId + ": " + r.body()).isEqualTo(303);
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portal.port + path))
                    .timeout(Duration.ofSeconds(30));
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return b;
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> r = portal.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : r.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return r;
        }

        private static String find(Pattern pattern, String text, String where) {
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                fail(pattern + " not found in " + where + ":\n" + text);
            }
            return m.group(1);
        }
    }
}
