package org.zwgk.portal.messages;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a citizen writes: 咨询, 投诉 or 建议. {@link #code} is the value the form and the JSON API
 * send (the contract of {@code POST /api/v1/messages}) and the key of its time limit in
 * {@code content/interaction/messages.yaml}.
 */
public enum MessageType {
    CONSULTATION("咨询"), COMPLAINT("投诉"), SUGGESTION("建议");

    public final String code;

    MessageType(String code) {
        this.code = code;
    }

    /** The type a form or API value names: its code (咨询) or its constant name (CONSULTATION). */
    public static Optional<MessageType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        return Arrays.stream(values()).filter(t -> t.code.equals(v) || t.name().equals(v)).findFirst();
    }
}
