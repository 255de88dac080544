package org.zwgk.portal.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the body of every API error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter,
                      java.util.List<UserError.FieldMessage> errors) {

    public Problem(String type, String title, int status, String detail, String instance, String parameter) {
        this(type, title, status, detail, instance, parameter, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
