package org.zwgk.portal.messages;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.zwgk.portal.common.VisibleText;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.web.validation.ContactFormats;
import org.zwgk.portal.web.validation.InputValidation;
import org.zwgk.portal.web.validation.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a citizen sends: the public form's fields and the JSON body of {@code POST /api/v1/messages}
 * are this one type (type 咨询/投诉/建议, subject, text, contact, publish, optionally organization).
 * {@link #check} reports every wrong field at once; nothing is written when any is. What is typed is
 * taken as it shows ({@link VisibleText}): invisible and bidi characters are dropped before the checks.
 */
public class MessageInput {

    public static final int MAX_SUBJECT = 100;
    public static final int MAX_TEXT = 3000;
    public static final int MAX_CONTACT = 100;

    @NotBlank @Size(max = 16)
    public String type;
    /** An organization code, when the citizen knows who should answer. */
    @Size(max = 64)
    public String organization;
    @NotBlank @Size(max = MAX_SUBJECT) @PlainText
    public String subject;
    @NotBlank @Size(max = MAX_TEXT) @PlainText
    public String text;
    /** A phone number or e-mail address: never public. */
    @NotBlank @Size(max = MAX_CONTACT) @PlainText
    public String contact;
    /** Whether the citizen agrees that the message and its reply are published (de-identified). */
    public Boolean publish;

    /** The fields' labels, as the form shows them. */
    static String label(String field) {
        HudongMessages m = MessageBundles.get(HudongMessages.class);
        return switch (field) {
            case "type" -> m.fieldType();
            case "organization" -> m.fieldOrganization();
            case "subject" -> m.fieldSubject();
            case "text" -> m.fieldText();
            case "contact" -> m.fieldContact();
            default -> field;
        };
    }

    /** The checked values, or one 400 naming every wrong field. */
    Checked check(InputValidation validation) {
        // read as others will see them, before any rule: a subject of zero-width spaces is no subject (the
        // "required" answer of an empty one), and no bidi override reaches the operator's view or the public copy
        subject = VisibleText.field(subject);
        text = VisibleText.lines(text);
        contact = VisibleText.field(contact);
        List<UserError.Invalid> problems = new ArrayList<>(validation.problems(this, MessageInput::label));
        MessageType t = null;
        if (problems.stream().noneMatch(p -> p.field().equals("type"))) {
            t = MessageType.parse(type).orElse(null);
            if (t == null) {
                problems.add(0, invalid("type", m -> m.badType()));
            }
        }
        Organization org = null;
        if (organization != null && !organization.isBlank() && problems.stream().noneMatch(p -> p.field().equals("organization"))) {
            org = Organization.findByCode(organization.strip()).orElse(null);
            if (org == null) {
                problems.add(invalid("organization", m -> m.badOrganization()));
            }
        }
        if (problems.stream().noneMatch(p -> p.field().equals("contact"))
                && !ContactFormats.isPhone(contact) && !ContactFormats.isEmail(contact)) {
            problems.add(invalid("contact", m -> m.badContact()));
        }
        InputValidation.requireNone(problems);
        return new Checked(t, org, subject.strip(), text.strip(), contact.strip(), Boolean.TRUE.equals(publish));
    }

    record Checked(MessageType type, Organization organization, String subject, String text, String contact, boolean publish) {
    }

    static UserError.Invalid invalid(String field, Function<HudongMessages, String> message) {
        return new UserError.Invalid(field, x -> message.apply(MessageBundles.get(HudongMessages.class)));
    }
}
