package org.zwgk.portal.surveys;

import java.util.List;
import java.util.Map;

/** What a citizen sent on the survey form and what was wrong with it, so the form comes back as typed. */
public record Filled(Map<Long, List<String>> values, Map<String, String> errors) {

    static final Filled EMPTY = new Filled(Map.of(), Map.of());

    public boolean checked(long question, int option) {
        return values.getOrDefault(question, List.of()).contains(String.valueOf(option));
    }

    public String typed(long question) {
        return String.join("\n", values.getOrDefault(question, List.of()));
    }

    public String error(long question) {
        return errors.get("q" + question);
    }
}
