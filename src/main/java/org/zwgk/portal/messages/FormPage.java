package org.zwgk.portal.messages;

import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.UserError;

import java.util.List;

/**
 * The public message form as shown: what was typed (kept on every refusal), the signed form token,
 * the organizations to choose from, and the refusal with a message for each wrong field.
 */
public record FormPage(MessageInput f, String formToken, List<Organization> organizations, String error,
                       List<UserError.FieldMessage> fieldErrors, List<MessageType> types) {

    static FormPage blank(String formToken, List<Organization> organizations) {
        MessageInput in = new MessageInput();
        in.type = MessageType.CONSULTATION.code;
        return new FormPage(in, formToken, organizations, null, List.of(), List.of(MessageType.values()));
    }

    FormPage withError(String error, List<UserError.FieldMessage> fieldErrors) {
        return new FormPage(f, formToken, organizations, error, fieldErrors, types);
    }

    /** The message for this field, or null. */
    public String errorFor(String field) {
        return UserError.FieldMessage.of(fieldErrors, field);
    }

    public boolean publishChecked() {
        return Boolean.TRUE.equals(f.publish);
    }
}
