package org.zwgk.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a citizen's form that a person types into, each with the label the form shows, for the
 * page of a refused form ({@link FormExpired}): a feature that owns a public form says here which of its
 * posted fields are what the person wrote (choices, codes and secrets are left out by not being named)
 * and where the form itself is, so the refusal can lead back to it.
 */
public interface TypedFields {

    /** The form posted to {@code postedPath}, or empty when it is not this feature's. */
    Optional<Form> formPostedTo(String postedPath);

    /**
     * A form: the path of the page that shows it, and its typed fields in the order the form shows them,
     * field name to label.
     */
    record Form(String page, Map<String, String> labels) {
        public Form {
            labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }
    }
}
