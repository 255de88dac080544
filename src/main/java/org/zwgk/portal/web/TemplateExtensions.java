package org.zwgk.portal.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formatting helpers for templates: dates in the portal's time zone, file sizes. */
@TemplateExtension
public class TemplateExtensions {

    private static final ZoneId ZONE = org.zwgk.portal.common.PortalConfig.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A date and time already in the portal's zone (an interview's start), as {@link #dateTime(Instant)} shows one, never 2026-12-05T10:00. */
    public static String dateTime(java.time.LocalDateTime local) {
        return local == null ? "" : DATE_TIME.format(local);
    }

    static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
