package org.zwgk.portal.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.zwgk.portal.calendar.WorkingDays;
import org.zwgk.portal.common.PortalConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The clock of a message: its time limit in working days by type, from
 * {@code content/interaction/messages.yaml}, counted on the holiday calendar ({@link WorkingDays});
 * when it is 即将到期 (due soon) or 已超期 (overdue); and the 3-month veto of the site-health check.
 */
@ApplicationScoped
@jakarta.inject.Named("messageRules")
public class MessageRules {

    /** Where a message stands against its limit. */
    public enum Urgency { ON_TIME, DUE_SOON, OVERDUE, DONE }

    private final Path file;
    private final WorkingDays workingDays;
    private volatile Limits limits;

    record Limits(Map<MessageType, Integer> days, int dueSoon, int unansweredMonths, int warnBeforeVeto) {
    }

    @Inject
    MessageRules(PortalConfig config, WorkingDays workingDays) {
        this.file = config.contentDir().resolve("interaction").resolve("messages.yaml");
        this.workingDays = workingDays;
    }

    /** Rules over a file and a calendar already read, for tests without the container. */
    MessageRules(Path file, WorkingDays workingDays) {
        this.file = file;
        this.workingDays = workingDays;
    }

    Limits limits() {
        Limits l = limits;
        if (l == null) {
            l = read(file);
            limits = l;
        }
        return l;
    }

    static Limits read(Path file) {
        Map<MessageType, Integer> days = new EnumMap<>(Map.of(MessageType.CONSULTATION, 5, MessageType.COMPLAINT, 10,
                MessageType.SUGGESTION, 15));
        int dueSoon = 2, months = 3, warn = 10;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                if (loaded instanceof Map<?, ?> map) {
                    if (map.get("limits") instanceof Map<?, ?> l) {
                        for (Map.Entry<?, ?> e : l.entrySet()) {
                            MessageType t = MessageType.parse(String.valueOf(e.getKey()))
                                    .orElseThrow(() -> new IllegalStateException(file + ": unknown message type " + e.getKey()));
                            days.put(t, positive(file, e.getValue()));
                        }
                    }
                    dueSoon = map.containsKey("dueSoon") ? positive(file, map.get("dueSoon")) : dueSoon;
                    months = map.containsKey("unansweredMonths") ? positive(file, map.get("unansweredMonths")) : months;
                    warn = map.containsKey("warnBeforeVeto") ? positive(file, map.get("warnBeforeVeto")) : warn;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Limits(Map.copyOf(days), dueSoon, months, warn);
    }

    private static int positive(Path file, Object value) {
        if (value instanceof Integer i && i >= 0) {
            return i;
        }
        throw new IllegalStateException(file + ": expected a number of days, got " + value);
    }

    /** The same, for a template that names the type (the write form tells the time limits before sending). */
    public int limitDaysOf(String type) {
        return limitDays(MessageType.valueOf(type));
    }

    /** The working days a message of this type is given. */
    public int limitDays(MessageType type) {
        return limits().days().get(type);
    }

    /** The last day to answer a message of this type received (or sent back for 重办) on {@code from}. */
    public LocalDate dueOn(MessageType type, LocalDate from) {
        return addWorkingDays(from, limitDays(type));
    }

    /**
     * Sets a letter's due day, the type's limit counted from {@code from} (its receipt, or the rating that sent it
     * back for 重办), and whether it is provisional: counted over a year whose notice the site does not hold yet, it
     * is counted again at start once the notice is entered ({@link MessageDueDays}).
     */
    public void setDue(CitizenMessage m, LocalDate from) {
        m.dueOn = dueOn(m.type, from);
        m.dueProvisional = workingDays.provisionalYearOf(m.dueOn).isPresent();
    }

    /** The day a letter's limit runs from: the rating that sent it back for its 重办, or its receipt. */
    static LocalDate clockStart(CitizenMessage m) {
        return m.redoCount > 0 && m.ratedAt != null
                ? m.ratedAt.atZone(org.zwgk.portal.common.PortalConfig.ZONE).toLocalDate() : m.receivedOn;
    }

    /**
     * Working days on the calendar requests count on ({@link WorkingDays}), except that a year without a
     * calendar file yet (December letters reach into next year before its file is added) is counted on the
     * holidays the regulation itself fixes instead of refused: a letter is never refused for the calendar.
     * Such a limit, like one into a provisional file's year, is provisional ({@link #provisionalYear}).
     */
    LocalDate addWorkingDays(LocalDate from, int n) {
        return workingDays.addWorkingDaysOrStatutory(from, n);
    }

    int workingDaysBetween(LocalDate a, LocalDate b) {
        return workingDays.workingDaysBetweenOrStatutory(a, b);
    }

    public Urgency urgency(CitizenMessage m, LocalDate today) {
        if (!m.status.open()) {
            return Urgency.DONE;
        }
        if (today.isAfter(m.dueOn)) {
            return Urgency.OVERDUE;
        }
        return workingDaysBetween(today, m.dueOn) <= limits().dueSoon() ? Urgency.DUE_SOON : Urgency.ON_TIME;
    }

    /** Working days from receipt to the reply (办理用时). */
    public int daysTaken(LocalDate receivedOn, LocalDate repliedOn) {
        return workingDaysBetween(receivedOn, repliedOn);
    }

    /**
     * The last day a message received on {@code receivedOn} may be answered within the 3 months (最迟答复日): the
     * day of receipt not counted, the months end on the same day of the month, or the month's last day (民法典
     * §201, §202; received 09-30, the last day is 12-30). Unanswered after it, the veto is broken. The 3 months are
     * the inspection indicators' (检查指标), not a period of law: a last day in a holiday is not moved (§203).
     */
    public LocalDate vetoDay(LocalDate receivedOn) {
        return receivedOn.plusMonths(limits().unansweredMonths());
    }

    /** Whether a message received on {@code receivedOn}, still unanswered today, has gone more than the 3 months unanswered. */
    public boolean vetoBroken(LocalDate receivedOn, LocalDate today) {
        // deadline check: the last day itself is still within them (it was flagged on 12-30, the day the page named as the last)
        return today.isAfter(vetoDay(receivedOn));
    }

    /** Whether the dashboard warns about an open message: within the warning days of the veto, or past it. */
    public boolean nearVeto(LocalDate receivedOn, LocalDate today) {
        return vetoBroken(receivedOn, today) || workingDaysBetween(today, vetoDay(receivedOn)) <= limits().warnBeforeVeto();
    }

    public int unansweredMonths() {
        return limits().unansweredMonths();
    }

    public WorkingDays workingDays() {
        return workingDays;
    }
}
