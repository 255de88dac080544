package org.zwgk.portal.messages;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.util.List;

/**
 * 申请退回: the lead unit said the letter is not its business and sent it back to the platform operator
 * for 改派 (browser walk: a 社保 question assigned to 市财政局 could only be answered by it). The assignments
 * it had are removed, so the unit no longer sees the letter; what they were is kept here, in words.
 */
@Entity
@Table(name = "message_send_back")
public class MessageSendBack extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CitizenMessage message;
    /** The lead unit that sent it back. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    public String reason;
    public String sentBackBy;
    public Instant sentBackAt;
    /** The assignments removed (lead, co-organizations, their handling notes), as the operator reads them. */
    public String assignments;

    /** This letter's send-backs, oldest first. */
    public static List<MessageSendBack> of(CitizenMessage m) {
        return list("message = ?1 order by sentBackAt, id", m);
    }

    /** Whether the letter waits for 改派: sent back and not assigned again since (转办 is the only way on from 已受理). */
    static boolean awaitingReassignment(CitizenMessage m) {
        return m.status == MessageStatus.ACCEPTED && count("message", m) > 0;
    }
}
