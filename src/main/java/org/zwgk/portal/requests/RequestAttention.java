package org.zwgk.portal.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.PortalUser;

import java.util.List;

/**
 * What of a person's requests needs attention now (overdue, due within 3 working days), for the
 * workbench home: the statutory clock is flagged where staff look first, not only on the request list.
 */
@ApplicationScoped
public class RequestAttention {

    public record Counts(long overdue, long dueSoon) {
        public boolean any() {
            return overdue > 0 || dueSoon > 0;
        }
    }

    private final RequestService service;
    private final RequestViews views;

    RequestAttention(RequestService service, RequestViews views) {
        this.service = service;
        this.views = views;
    }

    /** Counts over the requests this person may handle; none for anyone who handles no requests. */
    @Transactional
    public Counts of(PortalUser user) {
        if (user == null || service.handledBy(user).isEmpty()) {
            return new Counts(0, 0);
        }
        List<RequestView> all = service.listFor(user).stream().map(r -> views.of(r, false)).toList();
        return new Counts(all.stream().filter(RequestView::overdue).count(), all.stream().filter(RequestView::dueSoon).count());
    }
}
