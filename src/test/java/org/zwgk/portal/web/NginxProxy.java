package org.zwgk.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real nginx in front of the test portal, run from the shipped deploy/nginx/portal.conf: its
 * locations and proxy_set_header lines as they are, with only what a test machine cannot have changed
 * (plain HTTP on free 127.0.0.1 ports instead of TLS on 80 and 443, the upstream at the test port, and
 * files under target/). Needs nginx installed (deploy/dev/test-services.sh installs it): without it
 * the test fails, it does not skip.
 */
final class NginxProxy implements AutoCloseable {

    static final Path SHIPPED = Path.of("deploy/nginx/portal.conf");
    private static final Pattern UPSTREAM = Pattern.compile("(?m)^(\\s*server\\s+)\\[::1\\]:8080;");
    private static final Pattern LISTEN = Pattern.compile("(?m)^([ \\t]*)listen[ \\t]+(\\[::\\]:)?(80|443)\\b[^;\\n]*;[ \\t]*\\n");
    private static final Pattern SSL_DIRECTIVE = Pattern.compile("(?m)^[ \\t]*(ssl_\\w+|http2)[ \\t][^;\\n]*;[ \\t]*\\n");

    final int port;
    private final Process process;
    private final Path dir;

    private NginxProxy(int port, Process process, Path dir) {
        this.port = port;
        this.process = process;
        this.dir = dir;
    }

    /** Starts nginx with the shipped configuration in front of the portal at 127.0.0.1:{@code portalPort}. */
    static NginxProxy start(int portalPort) throws IOException, InterruptedException {
        String nginx = binary();
        Path dir = Path.of("target/nginx-test").toAbsolutePath();
        Files.createDirectories(dir.resolve("temp"));
        int port = freePort();
        int redirectPort = freePort();
        Files.writeString(dir.resolve("portal.conf"), testVariant(Files.readString(SHIPPED), portalPort, port, redirectPort));
        Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
                "daemon off;",
                "master_process off;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " info;",
                "events { worker_connections 64; }",
                "http {",
                "    access_log " + dir.resolve("access.log") + ";",
                "    client_body_temp_path " + dir.resolve("temp/body") + ";",
                "    proxy_temp_path " + dir.resolve("temp/proxy") + ";",
                "    fastcgi_temp_path " + dir.resolve("temp/fastcgi") + ";",
                "    uwsgi_temp_path " + dir.resolve("temp/uwsgi") + ";",
                "    scgi_temp_path " + dir.resolve("temp/scgi") + ";",
                "    include " + dir.resolve("portal.conf") + ";",
                "}", ""));
        Process p = new ProcessBuilder(nginx, "-p", dir + "/", "-e", dir.resolve("error.log").toString(),
                "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        NginxProxy proxy = new NginxProxy(port, p, dir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("nginx exited (" + p.exitValue() + ") with " + dir.resolve("nginx.conf") + ":\n" + proxy.log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return proxy;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        proxy.close();
        throw new IllegalStateException("nginx did not listen on 127.0.0.1:" + port + " within 15 s:\n" + proxy.log());
    }

    /**
     * The shipped file with plain HTTP on the given ports and the portal's test port as upstream.
     * Fails when the file no longer has the shape this expects, rather than testing something else.
     */
    static String testVariant(String shipped, int portalPort, int httpsPort, int httpPort) {
        Matcher upstream = UPSTREAM.matcher(shipped);
        if (!upstream.find()) {
            throw new IllegalStateException(SHIPPED + ": no `server [::1]:8080;` upstream line; update NginxProxy");
        }
        String conf = upstream.replaceFirst("$1127.0.0.1:" + portalPort + ";");
        StringBuilder out = new StringBuilder();
        Matcher listen = LISTEN.matcher(conf);
        int listens = 0;
        while (listen.find()) {
            listens++;
            boolean ipv6 = listen.group(2) != null;
            int port = listen.group(3).equals("443") ? httpsPort : httpPort;
            // one IPv4 listener per server; the IPv6 one would take the same port
            listen.appendReplacement(out, ipv6 ? "" : Matcher.quoteReplacement(listen.group(1) + "listen 127.0.0.1:" + port + ";\n"));
        }
        listen.appendTail(out);
        if (listens != 4) {
            throw new IllegalStateException(SHIPPED + ": expected listen lines for 80 and 443 on IPv4 and IPv6, found " + listens
                    + "; update NginxProxy");
        }
        return SSL_DIRECTIVE.matcher(out).replaceAll("");
    }

    /** nginx from the PATH or Debian's /usr/sbin, or a clear failure. */
    static String binary() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "nginx");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("nginx is not installed: this test runs the shipped deploy/nginx/portal.conf in a real nginx. "
                + "Install it with `bash deploy/dev/test-services.sh` (or apt-get install nginx)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    String log() {
        try {
            StringBuilder b = new StringBuilder();
            for (String name : List.of("nginx.out", "error.log")) {
                Path f = dir.resolve(name);
                if (Files.exists(f)) {
                    b.append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
