package org.zwgk.portal.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One line of the append-only audit log: who did what to which record, when, from where, and the
 * record before and after. Immutable to Hibernate; the hash chain makes edits outside it visible.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntity {

    public Instant occurredAt;
    public String actor;
    public String action;
    public String entityType;
    public Long entityId;
    public String address;
    public String detail;
    public String beforeState;
    public String afterState;
    public String prevHash;
    public String hash;
}
