package org.zwgk.portal.workflow;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Every {@link DraftNote} on a draft, for its page: {@code inject:draftNotes.of(draft)}. */
@Named("draftNotes")
@ApplicationScoped
public class DraftNotes {

    @Inject
    @All
    List<DraftNote> sources;

    public List<String> of(Draft draft) {
        return draft == null ? List.of() : sources.stream().flatMap(s -> s.notes(draft).stream()).toList();
    }
}
