package org.zwgk.portal;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged application in its own JVM, as {@code java -jar} runs it in production (demo accounts on),
 * started, waited for and killed with SIGKILL by the kill-the-server tests ({@link PublicationDurabilityIT},
 * {@link MessageDurabilityIT}); {@link Session} is a browser or script talking to it.
 */
final class PackagedPortal {

    private static final String PASSWORD = "Kunshan-demo-2018";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern LOCK_VERSION = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"");
    private static final Pattern DRAFT = Pattern.compile("/workbench/drafts/(\\d+)");

    final Process process;
    final int port;
    final Path log;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    PackagedPortal(Path jar, Path dataDir, Map<String, String> env, List<String> properties, int run) throws IOException {
        this.port = freePort();
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-run" + run + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-Dquarkus.profile=demo",
                "-Dportal.data-dir=" + dataDir,
                "-Dportal.content-dir=" + Path.of("content").toAbsolutePath(),
                // logins cost less than production's hashes; nothing else differs
                "-Dportal.security.password-iterations=1000",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port));
        command.addAll(properties); // a test's own settings, as -Dname=value
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        this.process = builder.start();
    }

    /**
     * Started and answering. Its port is looked up free before its JVM binds it, and another process may
     * take it in between (an outgoing connection's ephemeral port: a CI run saw "Port 40479 seems to be in
     * use" on a restart after a kill); such a start is tried again, on another port, up to three times.
     */
    static PackagedPortal started(Path jar, Path dataDir, Map<String, String> env, List<String> properties, int run,
                                  java.util.function.Consumer<PackagedPortal> track) throws Exception {
        for (int attempt = 1; ; attempt++) {
            PackagedPortal portal = new PackagedPortal(jar, dataDir, env, properties, run);
            track.accept(portal);
            if (portal.awaitReady(Duration.ofSeconds(120), attempt < 3)) {
                return portal;
            }
        }
    }

    /** True once ready; false when it exited because its port was taken and {@code mayRetry}; else fails. */
    private boolean awaitReady(Duration limit, boolean mayRetry) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = logTail();
                if (mayRetry && tail.contains("Port " + port + " seems to be in use")) {
                    return false;
                }
                fail("the portal exited with " + process.exitValue() + "\n" + tail);
            }
            try {
                if (anonymous().get("/q/health/ready").statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("the portal did not start within " + limit + "\n" + logTail());
        return false; // not reached: fail throws
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

    /**
     * A browser's view of the portal: keeps the cookies it is given (Secure ones too: this is loopback)
     * and reads each form's CSRF token and lock version from the page, as a person's browser would.
     */
    static final class Session {
        private final PackagedPortal portal;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        final Map<Long, String> titles = new LinkedHashMap<>();

        Session(PackagedPortal portal) {
            this.portal = portal;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET().build());
        }

        /** A GET with one header more (a letter's secret goes in X-Message-Secret, never in the address). */
        HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
            return send(request(path).header(header, value).GET().build());
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

        HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
            return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
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
