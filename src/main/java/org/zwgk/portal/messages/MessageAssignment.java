package org.zwgk.portal.messages;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** 转办: one organization a message is assigned to; one of them leads (牵头) and replies. */
@Entity
@Table(name = "message_assignment")
public class MessageAssignment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CitizenMessage message;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @Column(name = "lead_unit")
    public boolean lead;
    public Instant assignedAt;
    public String assignedBy;
    /** 办理: what this organization did or found, for the lead unit's reply. */
    public String handlingNote;
    public Instant handledAt;
    public String handledBy;

    public static List<MessageAssignment> of(CitizenMessage m) {
        return list("message = ?1 order by lead desc, id", m);
    }

    public static Optional<MessageAssignment> lead(CitizenMessage m) {
        return find("message = ?1 and lead = true", m).firstResultOptional();
    }

    public static Optional<MessageAssignment> of(CitizenMessage m, String orgCode) {
        return find("message = ?1 and organization.code = ?2", m, orgCode).firstResultOptional();
    }

    /** The messages assigned to any of these organizations, the most urgent first. */
    public static List<CitizenMessage> messagesOf(java.util.Collection<String> orgCodes) {
        if (orgCodes.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select distinct a.message from MessageAssignment a where a.organization.code in ?1",
                CitizenMessage.class).setParameter(1, orgCodes).getResultList().stream()
                .sorted(java.util.Comparator.comparing((CitizenMessage m) -> m.dueOn).thenComparing(m -> m.id)).toList();
    }
}
