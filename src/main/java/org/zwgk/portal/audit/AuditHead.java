package org.zwgk.portal.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/** The hash of the newest audit event; locked by each writer so the chain follows commit order. */
@Entity
@Table(name = "audit_head")
class AuditHead extends PanacheEntityBase {

    @Id
    public Integer id;
    public String lastHash;

    static AuditHead lockForAppend() {
        return findById(1, LockModeType.PESSIMISTIC_WRITE);
    }
}
