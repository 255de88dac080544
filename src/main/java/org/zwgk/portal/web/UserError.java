package org.zwgk.portal.web;

import java.util.List;
import java.util.function.Function;

/**
 * Something a user typed or asked for cannot be served. It carries its status and a message taken
 * from the message bundle when the answer is written, so the text stays in one place.
 */
public class UserError extends RuntimeException {

    private final int status;
    private final String parameter;
    private final transient Function<Messages, String> message;
    private final transient List<Invalid> invalid;

    /** One field a user must correct, and what to tell them about it. */
    public record Invalid(String field, Function<Messages, String> message) {
    }

    /** A field's message as read, for pages (next to the field) and problem JSON. */
    public record FieldMessage(String field, String message) {

        /** The message for one field among these, shown next to it; null when the field is fine (or there are none). */
        public static String of(List<FieldMessage> all, String field) {
            return all == null ? null : all.stream().filter(f -> f.field().equals(field)).map(FieldMessage::message)
                    .findFirst().orElse(null);
        }

        /**
         * A form's summary: each message under the field's name as the form labels it (「开始时间：…」), never
         * the field's code; a message about no field (or one {@code label} does not know) stands alone.
         */
        public static List<String> labelled(List<FieldMessage> all, Function<String, String> label) {
            return all.stream().map(f -> {
                String name = f.field().isEmpty() ? null : label.apply(f.field());
                return name == null ? f.message() : name + "：" + f.message();
            }).toList();
        }
    }

    /** What a refused form shows: its fields' messages, or the refusal's own message as one about no field. */
    public List<FieldMessage> formMessages(Messages messages) {
        List<FieldMessage> fields = fieldMessages(messages);
        return fields.isEmpty() ? List.of(new FieldMessage("", message(messages))) : fields;
    }

    private UserError(int status, String parameter, Function<Messages, String> message) {
        this(status, parameter, message, parameter == null ? List.of() : List.of(new Invalid(parameter, message)));
    }

    private UserError(int status, String parameter, Function<Messages, String> message, List<Invalid> invalid) {
        super("user error " + status + (parameter == null ? "" : " on " + parameter), null, false, false);
        this.status = status;
        this.parameter = parameter;
        this.message = message;
        this.invalid = List.copyOf(invalid);
    }

    /** Several fields are wrong at once: 400 naming each of them; the message is the first field's. */
    public static UserError invalid(List<Invalid> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem to report");
        }
        return new UserError(400, problems.get(0).field(), problems.get(0).message(), problems);
    }

    public static UserError badInput(String parameter, Function<Messages, String> message) {
        return new UserError(400, parameter, message);
    }

    public static UserError notFound(Function<Messages, String> message) {
        return new UserError(404, null, message);
    }

    /** Not logged in, or the session ended. */
    public static UserError unauthorized(Function<Messages, String> message) {
        return new UserError(401, null, message);
    }

    /** Logged in, but this person may not do this here. */
    public static UserError forbidden(Function<Messages, String> message) {
        return new UserError(403, null, message);
    }

    /**
     * Logged in, but not here: the place a form's field chose ({@code parameter}, a channel of another
     * organization). Unlike the other refusals of access, the form comes back with what was typed, so the
     * person can choose again without losing it.
     */
    public static UserError forbidden(String parameter, Function<Messages, String> message) {
        return new UserError(403, parameter, message);
    }

    /** The record changed since the user loaded it, or is not in a state that allows the step. */
    public static UserError conflict(Function<Messages, String> message) {
        return new UserError(409, null, message);
    }

    /** What a form's field names is taken already (a user name): 409, the form shown again marks the field. */
    public static UserError conflict(String parameter, Function<Messages, String> message) {
        return new UserError(409, parameter, message);
    }

    public static UserError tooLarge(String parameter, Function<Messages, String> message) {
        return new UserError(413, parameter, message);
    }

    /** The server cannot answer in time just now; trying again later will work. */
    public static UserError unavailable(Function<Messages, String> message) {
        return new UserError(503, null, message);
    }

    /** A body in a format this address does not take (the JSON API and anything else). */
    public static UserError unsupportedMediaType(Function<Messages, String> message) {
        return new UserError(415, null, message);
    }

    public static UserError tooManyRequests(Function<Messages, String> message) {
        return new UserError(429, null, message);
    }

    public int status() {
        return status;
    }

    /** The query or form parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }

    public String message(Messages messages) {
        return message.apply(messages);
    }

    /** The fields at fault, which a form shown again marks aria-invalid; empty when the refusal is about none. */
    public java.util.Set<String> fields() {
        return invalid.stream().map(Invalid::field).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every field at fault with its message; empty when the refusal is not about a field. */
    public List<FieldMessage> fieldMessages(Messages messages) {
        return invalid.stream().map(i -> new FieldMessage(i.field(), i.message().apply(messages))).toList();
    }

    /**
     * A refusal that says who may not act or that there is nothing to act on (401, 403, 404): a form is
     * not shown again for it, the refusal itself answers; except a 403 about a field the form chose.
     */
    public boolean refusesAccess() {
        return (status == 401 || status == 403 || status == 404) && parameter == null;
    }

    /** What a form shown again lists: every wrong field's message, or the one message when no field is named. */
    public List<String> formProblems(Messages messages) {
        List<String> fields = fieldMessages(messages).stream().map(FieldMessage::message).toList();
        return fields.isEmpty() ? List.of(message(messages)) : fields;
    }
}
