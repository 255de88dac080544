package org.zwgk.portal.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site-health figures of 互动交流 (检查指标, a veto item): valid messages unanswered for longer
 * than the limit (3 months) and those close to it, overdue and due-soon messages, and per
 * organization (as lead unit) the messages answered, the average working days to the reply and
 * the share of satisfied ratings.
 */
@ApplicationScoped
public class SiteHealth {

    private final MessageRules rules;

    SiteHealth(MessageRules rules) {
        this.rules = rules;
    }

    public record OpenMessage(long id, String trackingCode, String subject, String lead, LocalDate receivedOn, LocalDate dueOn,
                              MessageRules.Urgency urgency, LocalDate vetoDay, boolean vetoBroken, boolean nearVeto) {
    }

    public record OrgFigures(String code, String name, int assigned, int answered, Double averageDays, int rated, int satisfied) {
        /** Share of satisfied or basically satisfied ratings in percent, null when none was rated. */
        public Integer satisfactionPercent() {
            return rated == 0 ? null : (int) Math.round(100.0 * satisfied / rated);
        }

        public String averageDaysText() {
            return averageDays == null ? "" : String.format("%.1f", averageDays);
        }
    }

    public record Report(LocalDate today, int unansweredMonths, List<OpenMessage> open, long vetoBroken, long nearVeto,
                         long overdue, long dueSoon, List<OrgFigures> organizations) {
        public boolean vetoed() {
            return vetoBroken > 0;
        }

        /** The same report with each open message's subject passed through {@code subject} (masked for auditors). */
        public Report withSubjects(java.util.function.UnaryOperator<String> subject) {
            return new Report(today, unansweredMonths, open.stream().map(o -> new OpenMessage(o.id(), o.trackingCode(),
                    subject.apply(o.subject()), o.lead(), o.receivedOn(), o.dueOn(), o.urgency(), o.vetoDay(), o.vetoBroken(),
                    o.nearVeto())).toList(), vetoBroken, nearVeto, overdue, dueSoon, organizations);
        }
    }

    @Transactional
    public Report report(LocalDate today) {
        List<OpenMessage> open = new ArrayList<>();
        for (CitizenMessage m : CitizenMessage.inStatus(List.of(MessageStatus.RECEIVED, MessageStatus.ACCEPTED,
                MessageStatus.HANDLING, MessageStatus.REPLY_REVIEW))) {
            LocalDate veto = rules.vetoDay(m.receivedOn);
            open.add(new OpenMessage(m.id, m.trackingCode, m.subject,
                    MessageAssignment.lead(m).map(a -> a.organization.name).orElse(null), m.receivedOn, m.dueOn,
                    rules.urgency(m, today), veto, rules.vetoBroken(m.receivedOn, today), rules.nearVeto(m.receivedOn, today)));
        }
        open.sort(Comparator.comparing(OpenMessage::receivedOn));
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> dayTotals = new LinkedHashMap<>();
        List<MessageAssignment> leads = MessageAssignment.list("lead = true order by organization.sortOrder, organization.code");
        for (MessageAssignment a : leads) {
            CitizenMessage m = a.message;
            String code = a.organization.code;
            names.put(code, a.organization.name);
            int[] c = counts.computeIfAbsent(code, k -> new int[4]); // assigned, answered, rated, satisfied
            c[0]++;
            if (m.repliedOn != null) {
                c[1]++;
                dayTotals.merge(code, (long) rules.daysTaken(m.receivedOn, m.repliedOn), Long::sum);
            }
            if (m.satisfaction != null) {
                c[2]++;
                if (m.satisfaction != CitizenMessage.Satisfaction.UNSATISFIED) {
                    c[3]++;
                }
            }
        }
        List<OrgFigures> orgs = new ArrayList<>();
        counts.forEach((code, c) -> orgs.add(new OrgFigures(code, names.get(code), c[0], c[1],
                c[1] == 0 ? null : dayTotals.getOrDefault(code, 0L) / (double) c[1], c[2], c[3])));
        return new Report(today, rules.unansweredMonths(), open, open.stream().filter(OpenMessage::vetoBroken).count(),
                open.stream().filter(o -> o.nearVeto() && !o.vetoBroken()).count(),
                open.stream().filter(o -> o.urgency() == MessageRules.Urgency.OVERDUE).count(),
                open.stream().filter(o -> o.urgency() == MessageRules.Urgency.DUE_SOON).count(), orgs);
    }
}
