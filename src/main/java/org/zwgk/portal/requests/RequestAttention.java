package org.zwgk.portal.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.PortalUser;

import java.util.List;

/**
 * What of a person's requests needs attention now (overdue, due within 3 working days, online
 * submissions not yet registered, and for a reviewer drafted answers to issue), for the workbench home: the statutory clock is flagged where staff
 * look first, not only on the request list. An unregistered submission has no clock yet (its day of
 * receipt is set at 登记), so left alone it would never be flagged at all.
 */
@ApplicationScoped
public class RequestAttention implements org.zwgk.portal.access.WorkbenchAttention {

    public record Counts(long overdue, long dueSoon, long unregistered, long toIssue) {
        public boolean any() {
            return overdue > 0 || dueSoon > 0 || unregistered > 0 || toIssue > 0;
        }

        /** What the home page says, in order of urgency. */
        public List<String> parts() {
            List<String> parts = new java.util.ArrayList<>();
            if (overdue > 0) {
                parts.add(Ysq.text().ysqOverdueCount(overdue));
            }
            if (dueSoon > 0) {
                parts.add(Ysq.text().ysqDueSoonCount(dueSoon));
            }
            if (unregistered > 0) {
                parts.add(Ysq.text().ysqUnregisteredCount(unregistered));
            }
            if (toIssue > 0) {
                parts.add(Ysq.text().ysqToIssueCount(toIssue));
            }
            return parts;
        }
    }

    private final RequestService service;
    private final RequestViews views;

    RequestAttention(RequestService service, RequestViews views) {
        this.service = service;
        this.views = views;
    }

    @Override
    public java.util.Optional<Notice> noticeFor(PortalUser user) {
        Counts counts = of(user);
        return counts.any() ? java.util.Optional.of(new Notice("request-attention", Ysq.text().ysqWorkbenchTitle(), "/workbench/requests",
                counts.parts())) : java.util.Optional.empty();
    }

    /**
     * Counts over the open requests this person may handle: only those whose clock runs or that wait for
     * 登记 are read, and no applicant is opened (the home page is loaded far more often than the list).
     */
    @Transactional
    public Counts of(PortalUser user) {
        List<org.zwgk.portal.organizations.Organization> organizations = user == null ? List.of() : service.handledBy(user);
        if (organizations.isEmpty()) {
            return new Counts(0, 0, 0, 0);
        }
        List<InfoRequest> open = InfoRequest.list("organization in ?1 and status in ?2", organizations,
                List.of(RequestStatus.SUBMITTED, RequestStatus.REGISTERED, RequestStatus.CONSULTING));
        List<RequestClock.Flag> flags = open.stream().map(views::flag).toList();
        return new Counts(flags.stream().filter(f -> f == RequestClock.Flag.OVERDUE).count(),
                flags.stream().filter(f -> f == RequestClock.Flag.DUE_SOON).count(),
                open.stream().filter(r -> r.status == RequestStatus.SUBMITTED).count(),
                // drafted answers this person may issue: a reviewer of the organization, not the drafter
                open.stream().filter(r -> r.status == RequestStatus.REGISTERED && r.issuableBy(user)).count());
    }
}
