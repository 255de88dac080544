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
    public static List<CitizenMessage> messagesOf(java.util.Collection<String> orgCodes, java.util.Collection<MessageStatus> statuses) {
        if (orgCodes.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select distinct a.message from MessageAssignment a"
                        + " where a.organization.code in ?1 and a.message.status in ?2", CitizenMessage.class)
                .setParameter(1, orgCodes).setParameter(2, statuses).getResultList().stream()
                .sorted(java.util.Comparator.comparing((CitizenMessage m) -> m.dueOn).thenComparing(m -> m.id)).toList();
    }

    /** A page of the messages given to these organizations in these statuses, newest first. */
    public static org.zwgk.portal.web.Page<CitizenMessage> doneOf(java.util.Collection<String> orgCodes,
                                                                 java.util.Collection<MessageStatus> statuses,
                                                                 org.zwgk.portal.web.PageRequest page) {
        if (orgCodes.isEmpty()) {
            return new org.zwgk.portal.web.Page<>(0, page.page(), page.size(), List.of());
        }
        String where = " from CitizenMessage m where m.status in ?2 and exists"
                + " (select 1 from MessageAssignment a where a.message = m and a.organization.code in ?1)";
        long total = getEntityManager().createQuery("select count(m)" + where, Long.class)
                .setParameter(1, orgCodes).setParameter(2, statuses).getSingleResult();
        List<CitizenMessage> rows = getEntityManager().createQuery("select m" + where + " order by m.id desc", CitizenMessage.class)
                .setParameter(1, orgCodes).setParameter(2, statuses)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new org.zwgk.portal.web.Page<>(total, page.page(), page.size(), rows);
    }
}
