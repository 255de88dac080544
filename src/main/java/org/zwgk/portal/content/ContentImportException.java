package org.zwgk.portal.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content repository has problems; nothing of it was imported. */
public class ContentImportException extends RuntimeException {

    private final List<ContentError> errors;

    public ContentImportException(List<ContentError> errors) {
        super("content not imported, " + errors.size() + " problem(s):\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ContentError> errors() {
        return errors;
    }
}
