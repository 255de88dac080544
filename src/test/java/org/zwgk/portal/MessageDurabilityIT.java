package org.zwgk.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, "nothing submitted is ever lost": citizens' messages sent through {@code POST /api/v1/messages}
 * by several clients at once, the packaged application killed (SIGKILL) while they are still sending,
 * started again on the same data directory: every message that was answered 201 with a tracking code
 * can be followed with its secret ({@code GET /api/v1/messages/{code}}, header X-Message-Secret: 200, RECEIVED), and
 * no tracking code was given twice. Two kill rounds, then a last start that checks everything.
 * Same launch and kill as {@link PublicationDurabilityIT} ({@link PackagedPortal}).
 */
class MessageDurabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Clients sending at once, and the most messages one client sends in a round (the loop is bounded). */
    private static final int CLIENTS = 6;
    private static final int MAX_PER_CLIENT = 200;
    /** Kill once this many messages of the round were acknowledged, the clients still sending. */
    private static final int KILL_AFTER = 40;
    /** The per-address limits are what stop a flood in production; here every client is 127.0.0.1. */
    private static final List<String> OPEN_LIMITS = List.of("-Dportal.messages.sends-per-address=100000",
            "-Dportal.lookups.per-address=100000", "-Dportal.lookups.per-code=1000");

    private final List<PackagedPortal> started = new ArrayList<>();

    /** A message the portal acknowledged. */
    record Acknowledged(String trackingCode, String secret, String subject) {
    }

    @Test
    void everyMessageAnsweredWithATrackingCodeBeforeAKillCanBeFollowedAfterTheRestart() throws Exception {
        Path jar = Path.of(System.getProperty("portal.it.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged application (run after mvn package)").exists();
        Path work = Files.createDirectories(Path.of("target", "durability-it")).toAbsolutePath();
        Path dataDir = Files.createTempDirectory(work, "messages-");

        List<Acknowledged> acknowledged = new ArrayList<>();
        int refusedOrCut = 0;
        for (int round = 1; round <= 2; round++) {
            PackagedPortal portal = start(jar, dataDir, round);
            if (round > 1) {
                assertAllFollowable(portal, acknowledged);
            }
            Round r = sendAndKill(portal, round);
            acknowledged.addAll(r.acknowledged);
            refusedOrCut += r.cut;
            assertThat(r.acknowledged).as("round " + round + " acknowledged messages before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER);
            assertThat(r.unexpected).as("answers other than 201 or a cut connection\n" + portal.logTail()).isEmpty();
        }
        PackagedPortal last = start(jar, dataDir, 3);
        assertAllFollowable(last, acknowledged);
        assertThat(new HashSet<>(acknowledged.stream().map(Acknowledged::trackingCode).toList()))
                .as("no tracking code given twice").hasSize(acknowledged.size());
        System.out.printf("MessageDurabilityIT: %d messages acknowledged over 2 kills, all followable after restart; %d requests cut by the kills%n",
                acknowledged.size(), refusedOrCut);
        last.kill();
    }

    /** What one round saw: the 201s, the requests the kill cut off, and anything else (which must not happen). */
    record Round(List<Acknowledged> acknowledged, int cut, List<String> unexpected) {
    }

    private Round sendAndKill(PackagedPortal portal, int round) throws Exception {
        ConcurrentLinkedQueue<Acknowledged> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger cut = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    PackagedPortal.Session s = portal.anonymous();
                    for (int i = 0; i < MAX_PER_CLIENT; i++) {
                        String subject = "持久性测试第" + round + "轮客户" + client + "第" + i + "封";
                        String body = "{\"type\":\"咨询\",\"subject\":\"" + subject + "\",\"text\":\"" + subject
                                + "：请问政府信息公开申请的答复期限是多少个工作日？\",\"contact\":\"test@example.org\",\"publish\":false}";
                        try {
                            HttpResponse<String> r = s.postJson("/api/v1/messages", body);
                            if (r.statusCode() == 201) {
                                JsonNode n = JSON.readTree(r.body());
                                acks.add(new Acknowledged(n.get("trackingCode").asText(), n.get("secret").asText(), subject));
                                enough.countDown();
                            } else if (!killed.get()) {
                                unexpected.add(r.statusCode() + " " + r.body());
                            }
                        } catch (Exception e) {
                            // the kill cut this request off: it was never acknowledged, so nothing is owed
                            if (!killed.get()) {
                                unexpected.add(e.toString());
                            }
                            cut.incrementAndGet();
                            return null;
                        }
                    }
                    return null;
                });
            }
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("%d messages acknowledged in time\n%s", KILL_AFTER, portal.logTail()).isTrue();
            killed.set(true);
            portal.kill(); // the clients are still sending: some requests are in flight
        } finally {
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("the clients stopped").isTrue();
        }
        return new Round(List.copyOf(acks), cut.get(), List.copyOf(unexpected));
    }

    private void assertAllFollowable(PackagedPortal portal, List<Acknowledged> acknowledged) throws Exception {
        PackagedPortal.Session citizen = portal.anonymous();
        for (Acknowledged a : acknowledged) {
            HttpResponse<String> r = citizen.get("/api/v1/messages/" + a.trackingCode(), "X-Message-Secret", a.secret());
            assertThat(r.statusCode()).as("message %s (%s) was answered 201 before the kill\n%s", a.trackingCode(), a.subject(),
                    r.body()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).path("status").asText()).isEqualTo("RECEIVED");
        }
    }

    private PackagedPortal start(Path jar, Path dataDir, int run) throws Exception {
        return PackagedPortal.started(jar, dataDir, Map.of(), OPEN_LIMITS, run, started::add);
    }

    @AfterEach
    void stopAll() {
        started.forEach(PackagedPortal::kill);
    }
}
