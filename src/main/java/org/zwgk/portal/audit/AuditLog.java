package org.zwgk.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Objects;

/**
 * Writes audit events inside the caller's transaction, so a change and its record commit together.
 * Each event carries the SHA-256 of its content and of the event before it.
 */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_TEXT = 4000;

    /** Who acts and from where; importers and commands use {@link #system(String)}. */
    public record Actor(String name, String address) {
    }

    public static Actor system(String name) {
        return new Actor(name, "local");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String entityType, Long entityId, String detail) {
        record(actor, action, entityType, entityId, detail, null, null);
    }

    /** A change with the record's state before and after it (short text forms, cut at 4,000 characters). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String entityType, Long entityId, String detail,
                       String before, String after) {
        AuditHead head = AuditHead.lockForAppend();
        AuditEvent event = new AuditEvent();
        // whole milliseconds: the databases round sub-microsecond digits, and a rounding that carries
        // into the millisecond would change what the hash covers
        event.occurredAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        event.actor = actor.name();
        event.address = actor.address();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.detail = cut(detail);
        event.beforeState = cut(before);
        event.afterState = cut(after);
        event.prevHash = head.lastHash;
        event.hash = hash(event);
        event.persist();
        head.lastHash = event.hash;
    }

    /** The hash an event must carry given its content and predecessor; the chain check recomputes it. */
    static String hash(AuditEvent e) {
        String text = String.join("\u001f", e.prevHash, e.occurredAt.toEpochMilli() + "", e.actor, e.action,
                e.entityType, Objects.toString(e.entityId), Objects.toString(e.address), Objects.toString(e.detail),
                Objects.toString(e.beforeState), Objects.toString(e.afterState));
        return org.zwgk.portal.common.Sha256.hex(text);
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
