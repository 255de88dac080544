package org.zwgk.portal.pagecache;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.zwgk.portal.access.SessionCookie;
import org.zwgk.portal.channels.ChannelChanged;
import org.zwgk.portal.documents.DocumentChanged;
import org.zwgk.portal.documents.ListingCounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered public pages (home, 信息公开目录, channel and document pages) as anonymous visitors get
 * them, plain and gzip-compressed, answered without rendering again until something they show
 * changes: any committed document change, channel change or change of the counts empties the cache.
 * Pages rendered from data read before such a change are not kept (the generation they started in
 * has passed). Bounded in bytes; the least recently read page goes first.
 */
@ApplicationScoped
public class PageCache {

    /** Pages kept here, by path: everything the public reads that only changes with publication. */
    static final Pattern CACHED = Pattern.compile("/|/xxgk|/channels/[^/]+|/documents/[^/]+(/versions/[^/]+)?");
    /** Pages that may be kept by browsers and proxies for a short time: the cached ones and search. */
    static final Pattern PUBLIC = Pattern.compile(CACHED.pattern() + "|/search");

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** One rendered page. The entity tag is the content's hash: the same page keeps it across changes. */
    public record Entry(Buffer plain, Buffer gzip, String etag, Instant lastModified) {

        long bytes() {
            return plain.length() + gzip.length() + 200L;
        }

        String lastModifiedHeader() {
            return HTTP_DATE.format(lastModified.atZone(ZoneOffset.UTC));
        }

        /** Whether the request's conditions (If-None-Match, else If-Modified-Since) say it has this page. */
        boolean notModified(String ifNoneMatch, String ifModifiedSince) {
            if (ifNoneMatch != null) {
                return etagMatches(ifNoneMatch, etag);
            }
            if (ifModifiedSince != null) {
                try {
                    return !lastModified.isAfter(ZonedDateTime.parse(ifModifiedSince.trim(), HTTP_DATE).toInstant());
                } catch (DateTimeParseException e) {
                    return false;
                }
            }
            return false;
        }
    }

    private final PageCacheConfig config;
    private final AtomicLong generation = new AtomicLong();
    private final LinkedHashMap<String, Entry> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private volatile boolean enabled = true;
    private volatile Instant changedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    PageCache(PageCacheConfig config) {
        this.config = config;
    }

    public Entry get(String key) {
        if (!enabled()) {
            return null;
        }
        synchronized (pages) {
            return pages.get(key);
        }
    }

    /** What a request remembers before reading anything: a page rendered in an older generation is not kept. */
    public long generation() {
        return generation.get();
    }

    /**
     * The entry for a freshly rendered page, kept if nothing changed since {@code startedIn}. Its
     * Last-Modified is the time of the last change (the page may have been the same before).
     */
    public Entry store(String key, long startedIn, String html) {
        byte[] plain = html.getBytes(StandardCharsets.UTF_8);
        Entry entry = new Entry(Buffer.buffer(plain), Buffer.buffer(gzip(plain)), etagOf(plain), changedAt);
        if (enabled() && entry.bytes() <= config.maxBytes() / 8) {
            synchronized (pages) {
                if (generation.get() == startedIn) {
                    Entry old = pages.put(key, entry);
                    bytes += entry.bytes() - (old == null ? 0 : old.bytes());
                    for (Iterator<Map.Entry<String, Entry>> it = pages.entrySet().iterator(); bytes > config.maxBytes() && it.hasNext(); ) {
                        bytes -= it.next().getValue().bytes();
                        it.remove();
                    }
                }
            }
        }
        return entry;
    }

    /** Forgets every page: what they show may have changed. */
    public void invalidate() {
        synchronized (pages) {
            generation.incrementAndGet();
            changedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            pages.clear();
            bytes = 0;
        }
    }

    /** Turns the cache off and on at run time, for measuring what a page costs to render. */
    public void setEnabled(boolean on) {
        enabled = on;
        invalidate();
    }

    private boolean enabled() {
        return enabled && config.enabled();
    }

    public int size() {
        synchronized (pages) {
            return pages.size();
        }
    }

    void onDocument(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentChanged change) {
        invalidate();
    }

    void onChannel(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChannelChanged change) {
        invalidate();
    }

    /** Something cached pages show changed (what a feature above documents publishes), fired in its transaction. */
    public record PagesChanged(String what) {
    }

    void onPages(@Observes(during = TransactionPhase.AFTER_SUCCESS) PagesChanged change) {
        invalidate();
    }

    /** The counts move when the transaction's changes are applied to them, which may be after the above. */
    void onCounts(@Observes ListingCounts.Updated updated) {
        invalidate();
    }

    /**
     * A reader who chose the 长辈版 sees other HTML at the same address: never from, or into, the cache. Any
     * value counts: the page reads the cookie parsed (zwgk_elder="1" is on), and a page stored for it would be
     * served to everyone (security audit).
     */
    static boolean personalView(String cookies) {
        return cookies != null && cookies.contains(org.zwgk.portal.web.ViewPreferences.ELDER_COOKIE);
    }

    /** A visitor who sends a login (a session cookie or a bearer token) is never answered from here. */
    static boolean hasCredentials(HttpServerRequest request) {
        if (request.getHeader("Authorization") != null) {
            return true;
        }
        String cookies = request.getHeader("Cookie");
        return cookies != null && (cookies.contains(SessionCookie.NAME + "=") || cookies.contains("q_session"));
    }

    static String etagOf(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match against a weak tag: weak comparison, as RFC 9110 asks for GET. */
    static boolean etagMatches(String ifNoneMatch, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip") || p[0].trim().equals("*")) {
                return !(p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
