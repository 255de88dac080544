package org.zwgk.portal.workflow;

import org.zwgk.portal.documents.Document;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.documents.Validity;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.web.validation.DateText;
import org.zwgk.portal.web.validation.InputValidation;
import org.zwgk.portal.web.validation.OneOf;
import org.zwgk.portal.web.validation.PlainText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What an editor sends for a draft, as typed: the draft editor's form fields and the JSON API's body
 * are this one type. {@link #applyTo} checks every field (Bean Validation, then what needs the
 * database) and reports all that are wrong at once; nothing is written when any is.
 */
public class DraftInput {

    /** The form's fields, each with its parameter name; labels are in the message bundle. */
    public enum Field {
        TYPE("type"), TITLE("title"), DOC_NUMBER("docNumber"), TOPIC("topic"), GENRE("genre"), WRITTEN_ON("writtenOn"),
        VALIDITY("validity"), DISCLOSURE("disclosure"), WITHHELD_REASON("withheldReason"), SUMMARY("summary"),
        BODY("body"), CHANGE_KIND("changeKind"), CHANGE_NOTE("changeNote"), SCHEDULED_AT("scheduledAt"),
        INTERPRETS("interprets");

        public final String param;

        Field(String param) {
            this.param = param;
        }

        static String label(String param) {
            return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst()
                    .map(f -> MessageBundles.get(WorkflowLabels.class).draftField(f)).orElse(param);
        }
    }

    /** Where a new draft goes (create only). */
    public String channel;
    /** The draft's lock version as the editor read it (update only). */
    public Long lockVersion;

    @NotBlank @OneOf(DocumentType.class)
    public String type;
    @NotBlank @Size(max = DocumentMetadata.MAX_TITLE) @PlainText
    public String title;
    @Size(max = DocumentMetadata.MAX_DOC_NUMBER) @PlainText
    public String docNumber;
    @Size(max = 64)
    public String topic;
    @Size(max = 64)
    public String genre;
    @DateText
    public String writtenOn;
    @OneOf(Validity.class)
    public String validity;
    @OneOf(Disclosure.class)
    public String disclosure;
    @Size(max = DocumentMetadata.MAX_WITHHELD_REASON) @PlainText
    public String withheldReason;
    @Size(max = DocumentMetadata.MAX_SUMMARY) @PlainText
    public String summary;
    @NotBlank @Size(max = DocumentMetadata.MAX_BODY) @PlainText
    public String body;
    @OneOf(ChangeKind.class)
    public String changeKind;
    @Size(max = 1000) @PlainText
    public String changeNote;
    @DateText(withTime = true)
    public String scheduledAt;
    /** For an interpretation: the published policy it explains, as its address (/documents/123) or number. */
    @Size(max = 500)
    public String interprets;

    /** The empty editor's values for a new document of this type. */
    static DraftInput blank(DocumentType type) {
        DraftInput in = new DraftInput();
        in.type = type.name();
        in.title = "";
        in.body = "";
        in.disclosure = Disclosure.PROACTIVE.name();
        return in;
    }

    /** The draft as the form shows it. */
    public static DraftInput of(Draft d) {
        DocumentMetadata m = d.meta;
        DraftInput in = new DraftInput();
        in.lockVersion = d.lockVersion;
        in.type = m.type.name();
        in.title = m.title;
        in.docNumber = m.docNumber;
        in.topic = m.topic == null ? null : m.topic.code;
        in.genre = m.genre == null ? null : m.genre.code;
        in.writtenOn = m.writtenOn == null ? null : m.writtenOn.toString();
        in.validity = m.validity == null ? null : m.validity.name();
        in.disclosure = m.disclosure.name();
        in.withheldReason = m.withheldReason;
        in.summary = m.summary;
        in.body = m.body;
        in.changeKind = d.changeKind == null ? null : d.changeKind.name();
        in.changeNote = d.changeNote;
        in.scheduledAt = d.scheduledAt == null ? null : LocalDateTime.ofInstant(d.scheduledAt, PortalConfig.ZONE).toString();
        in.interprets = d.interprets == null ? null : org.zwgk.portal.web.Routes.document(d.interprets.id);
        return in;
    }

    /**
     * Checks everything first, reporting every wrong field at once, then copies onto the draft; {@code submitting}:
     * sent to review too, so what review needs is among them (browser walk: an empty policy was refused for its
     * title and body, and once they were typed, for its 主题分类, 体裁分类 and 成文日期).
     */
    void applyTo(Draft d, boolean revision, boolean submitting, InputValidation validation) {
        List<UserError.Invalid> problems = new ArrayList<>(validation.problems(this, Field::label));
        Classification to = classification(ClassificationScheme.TOPIC, topic, Field.TOPIC, problems);
        Classification ge = classification(ClassificationScheme.GENRE, genre, Field.GENRE, problems);
        // a value not on the list is already a problem (@OneOf): read it only when it is one
        Disclosure di = blank(disclosure) || !noProblemWith(problems, Field.DISCLOSURE) ? Disclosure.PROACTIVE
                : parse(Disclosure.class, disclosure);
        if (di == Disclosure.WITHHELD && blank(withheldReason) && noProblemWith(problems, Field.WITHHELD_REASON)) {
            problems.add(new UserError.Invalid(Field.WITHHELD_REASON.param, Messages::draftWithheldNeedsReason));
        }
        Document policy = interpreted(problems, d.organization);
        if (!blank(writtenOn) && noProblemWith(problems, Field.WRITTEN_ON)
                && LocalDate.parse(writtenOn.strip()).isAfter(LocalDate.now(PortalConfig.ZONE))) {
            // a signing date still to come is a typing error (editor walk: 2099-01-01 went through three reviews)
            String label = Field.label(Field.WRITTEN_ON.param);
            problems.add(new UserError.Invalid(Field.WRITTEN_ON.param, x -> x.writtenOnInFuture(label)));
        }
        if (submitting && DocumentType.POLICY.name().equals(strip(type))) {
            for (Field f : PolicyCatalogueCheck.REQUIRED) {
                String value = switch (f) {
                    case TOPIC -> topic;
                    case GENRE -> genre;
                    case WRITTEN_ON -> writtenOn;
                    default -> throw new IllegalStateException("no typed value for " + f);
                };
                if (blank(value) && noProblemWith(problems, f)) {
                    problems.add(PolicyCatalogueCheck.needed(f));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(p -> Arrays.stream(Field.values())
                .filter(f -> f.param.equals(p.field())).findFirst().map(Enum::ordinal).orElse(-1)));
        InputValidation.requireNone(problems);

        DocumentMetadata m = new DocumentMetadata();
        m.type = parse(DocumentType.class, type);
        m.title = strip(title);
        m.docNumber = org.zwgk.portal.documents.DocNumbers.standard(strip(docNumber));
        m.topic = to;
        m.genre = ge;
        m.writtenOn = blank(writtenOn) ? null : LocalDate.parse(writtenOn.strip());
        m.validity = blank(validity) ? null : parse(Validity.class, validity);
        m.disclosure = di;
        m.withheldReason = strip(withheldReason);
        m.summary = strip(summary);
        m.body = strip(body);
        d.meta = m;
        d.changeKind = revision ? (blank(changeKind) ? ChangeKind.MAJOR : parse(ChangeKind.class, changeKind)) : null;
        d.changeNote = strip(changeNote);
        d.scheduledAt = blank(scheduledAt) ? null
                : LocalDateTime.parse(scheduledAt.strip()).atZone(PortalConfig.ZONE).toInstant();
        d.interprets = policy;
    }

    /**
     * The policy an interpretation names: a published policy of {@code organization}'s or of a body above it
     * ({@link org.zwgk.portal.documents.Interpretations#mayInterpret}), and only for a draft of type INTERPRETATION.
     */
    private Document interpreted(List<UserError.Invalid> problems, org.zwgk.portal.organizations.Organization organization) {
        if (blank(interprets) || !noProblemWith(problems, Field.INTERPRETS)) {
            return null;
        }
        if (!DocumentType.INTERPRETATION.name().equals(type == null ? null : type.strip())) {
            problems.add(new UserError.Invalid(Field.INTERPRETS.param, x -> x.interpretsOnlyForInterpretation()));
            return null;
        }
        // its address or id, or (as editors know it) its 文号 or 索引号, among policies
        org.zwgk.portal.documents.DocumentLookup.Result found =
                org.zwgk.portal.documents.DocumentLookup.find(interprets, DocumentType.POLICY);
        if (!found.found()) {
            problems.add(new UserError.Invalid(Field.INTERPRETS.param, found.refusal()));
            return null;
        }
        Document doc = found.document();
        if (doc.meta.type != DocumentType.POLICY) {
            problems.add(new UserError.Invalid(Field.INTERPRETS.param, x -> x.interpretsNotAPolicy()));
            return null;
        }
        if (!org.zwgk.portal.documents.Interpretations.mayInterpret(organization, doc)) {
            // said now, while the organizations can still be read: the page is written after the transaction
            String why = notOwnPolicy(doc, organization);
            problems.add(new UserError.Invalid(Field.INTERPRETS.param, x -> why));
            return null;
        }
        return doc;
    }

    /** Why {@code organization} may not interpret {@code policy}, in the form's words. */
    static String notOwnPolicy(Document policy, org.zwgk.portal.organizations.Organization organization) {
        return MessageBundles.get(PublicationMessages.class).interpretsAnotherOrganizationsPolicy(policy.organization.displayName(),
                organization.displayName());
    }

    private static boolean noProblemWith(List<UserError.Invalid> problems, Field field) {
        return problems.stream().noneMatch(p -> p.field().equals(field.param));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    /** Only after validation: the value names a constant. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Enum.valueOf(type, value.strip());
    }

    private static Classification classification(ClassificationScheme scheme, String code, Field field,
                                                 List<UserError.Invalid> problems) {
        if (blank(code) || !noProblemWith(problems, field)) {
            return null;
        }
        Classification c = Classification.find(scheme, code.strip()).orElse(null);
        if (c == null) {
            String label = Field.label(field.param);
            Function<Messages, String> message = m -> m.draftFieldInvalid(label);
            problems.add(new UserError.Invalid(field.param, message));
        }
        return c;
    }
}
