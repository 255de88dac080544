package org.zwgk.portal.workflow;

import io.quarkus.qute.i18n.MessageBundles;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.Validity;

import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.web.UserError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * What an editor sends for a draft, from the form or the JSON API, as typed. {@link #applyTo} checks
 * every field and names the one at fault; nothing is written when any is wrong.
 */
public record DraftInput(String type, String title, String docNumber, String topic, String genre, String writtenOn,
                         String validity, String disclosure, String withheldReason, String summary, String body,
                         String changeKind, String changeNote, String scheduledAt) {

    /** The form's fields, each with its parameter name; labels are in the message bundle. */
    public enum Field {
        TYPE("type"), TITLE("title"), DOC_NUMBER("docNumber"), TOPIC("topic"), GENRE("genre"), WRITTEN_ON("writtenOn"),
        VALIDITY("validity"), DISCLOSURE("disclosure"), WITHHELD_REASON("withheldReason"), SUMMARY("summary"),
        BODY("body"), CHANGE_KIND("changeKind"), CHANGE_NOTE("changeNote"), SCHEDULED_AT("scheduledAt");

        public final String param;

        Field(String param) {
            this.param = param;
        }
    }

    static final int MAX_TITLE = 500;
    static final int MAX_BODY = 2_000_000;

    /** Checks everything first, then copies onto the draft. */
    void applyTo(Draft d, boolean revision) {
        DocumentType t = parse(DocumentType.class, type, Field.TYPE);
        String ti = required(title, Field.TITLE, MAX_TITLE);
        String b = required(body, Field.BODY, MAX_BODY);
        Classification to = classification(ClassificationScheme.TOPIC, topic, Field.TOPIC);
        Classification ge = classification(ClassificationScheme.GENRE, genre, Field.GENRE);
        LocalDate written = date(writtenOn);
        Validity v = blank(validity) ? null : parse(Validity.class, validity, Field.VALIDITY);
        Disclosure di = blank(disclosure) ? Disclosure.PROACTIVE : parse(Disclosure.class, disclosure, Field.DISCLOSURE);
        String withheld = optional(withheldReason, Field.WITHHELD_REASON, 1000);
        if (di == Disclosure.WITHHELD && withheld == null) {
            throw UserError.badInput(Field.WITHHELD_REASON.param, m -> m.draftWithheldNeedsReason());
        }
        ChangeKind kind = blank(changeKind) ? ChangeKind.MAJOR : parse(ChangeKind.class, changeKind, Field.CHANGE_KIND);
        String note = optional(changeNote, Field.CHANGE_NOTE, 1000);
        Instant scheduled = dateTime(scheduledAt);
        d.meta.type = t;
        d.meta.title = ti;
        d.meta.docNumber = optional(docNumber, Field.DOC_NUMBER, 200);
        d.meta.topic = to;
        d.meta.genre = ge;
        d.meta.writtenOn = written;
        d.meta.validity = v;
        d.meta.disclosure = di;
        d.meta.withheldReason = withheld;
        d.meta.summary = optional(summary, Field.SUMMARY, 2000);
        d.meta.body = b;
        d.changeKind = revision ? kind : null;
        d.changeNote = note;
        d.scheduledAt = scheduled;
    }

    /** The draft as the form shows it. */
    public static DraftInput of(Draft d) {
        return new DraftInput(d.meta.type.name(), d.meta.title, d.meta.docNumber, d.meta.topic == null ? null : d.meta.topic.code,
                d.meta.genre == null ? null : d.meta.genre.code, d.meta.writtenOn == null ? null : d.meta.writtenOn.toString(),
                d.meta.validity == null ? null : d.meta.validity.name(), d.meta.disclosure.name(), d.meta.withheldReason, d.meta.summary, d.meta.body,
                d.changeKind == null ? null : d.changeKind.name(), d.changeNote,
                d.scheduledAt == null ? null : LocalDateTime.ofInstant(d.scheduledAt, org.zwgk.portal.common.PortalConfig.ZONE).toString());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(String s, Field field, int max) {
        if (blank(s)) {
            throw UserError.badInput(field.param, m -> m.draftFieldRequired(MessageBundles.get(WorkflowLabels.class).draftField(field)));
        }
        return optional(s, field, max);
    }

    private static String optional(String s, Field field, int max) {
        if (blank(s)) {
            return null;
        }
        String v = s.strip();
        if (v.length() > max) {
            throw UserError.badInput(field.param, m -> m.draftFieldTooLong(MessageBundles.get(WorkflowLabels.class).draftField(field), max));
        }
        if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw UserError.badInput(field.param, m -> m.draftFieldControl(MessageBundles.get(WorkflowLabels.class).draftField(field)));
        }
        return v;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, Field field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(field.param, m -> m.draftFieldInvalid(MessageBundles.get(WorkflowLabels.class).draftField(field)));
        }
    }

    private static Classification classification(ClassificationScheme scheme, String code, Field field) {
        if (blank(code)) {
            return null;
        }
        return Classification.find(scheme, code.strip())
                .orElseThrow(() -> UserError.badInput(field.param, m -> m.draftFieldInvalid(MessageBundles.get(WorkflowLabels.class).draftField(field))));
    }

    private static LocalDate date(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw UserError.badInput(Field.WRITTEN_ON.param, m -> m.draftBadDate(MessageBundles.get(WorkflowLabels.class).draftField(Field.WRITTEN_ON)));
        }
    }

    /** A local China time as an HTML datetime-local input sends it (2018-06-01T09:00). */
    private static Instant dateTime(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip()).atZone(org.zwgk.portal.common.PortalConfig.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw UserError.badInput(Field.SCHEDULED_AT.param, m -> m.draftBadDate(MessageBundles.get(WorkflowLabels.class).draftField(Field.SCHEDULED_AT)));
        }
    }
}
