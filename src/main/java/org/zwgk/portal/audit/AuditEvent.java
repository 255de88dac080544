package org.zwgk.portal.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the append-only audit log: who did what to which record, when and from where. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntity {

    public Instant occurredAt;
    public String actor;
    public String action;
    public String entityType;
    public Long entityId;
    public String address;
    public String detail;
}
