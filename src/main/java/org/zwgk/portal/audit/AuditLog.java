package org.zwgk.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Writes audit events inside the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class AuditLog {

    /** Who acts and from where; importers and commands use {@link #system(String)}. */
    public record Actor(String name, String address) {
    }

    public static Actor system(String name) {
        return new Actor(name, "local");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String entityType, Long entityId, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = actor.name();
        event.address = actor.address();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        event.persist();
    }
}
