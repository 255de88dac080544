package org.zwgk.portal.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.zwgk.portal.audit.AuditLog;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Letters' due days counted over a year whose holiday notice the site did not hold (a provisional calendar file, or
 * none: {@link MessageRules#setDue}) are counted again at start, on the files then in use: a letter received on
 * 2026-12-26 is due on a day the 2027 notice may move, and the day shown must be the notice's once it is entered,
 * not the estimate with its 暂定 mark gone (deadline check). Only such letters, and only while they wait for an
 * answer: a final due day is the one the citizen was given, and it stays.
 */
@ApplicationScoped
public class MessageDueDays {

    private static final Logger LOG = Logger.getLogger(MessageDueDays.class);
    private static final List<MessageStatus> OPEN = Arrays.stream(MessageStatus.values()).filter(MessageStatus::open).toList();

    private final MessageRules rules;
    private final AuditLog audit;

    MessageDueDays(MessageRules rules, AuditLog audit) {
        this.rules = rules;
        this.audit = audit;
    }

    /** Counts the provisional due days again; returns how many moved. */
    @Transactional
    public int recountAtStart() {
        int moved = 0;
        List<CitizenMessage> provisional = CitizenMessage.list("dueProvisional = true and status in ?1", OPEN);
        for (CitizenMessage m : provisional) {
            LocalDate was = m.dueOn;
            rules.setDue(m, MessageRules.clockStart(m));
            if (!m.dueOn.equals(was)) {
                moved++;
                audit.record(AuditLog.system("calendar"), "message.due.recount", "message", m.id,
                        m.trackingCode + " 办理期限 " + was + " → " + m.dueOn);
            }
        }
        if (moved > 0) {
            LOG.infof("%d letters' due days counted again on the holiday calendar now in use", moved);
        }
        return moved;
    }
}
