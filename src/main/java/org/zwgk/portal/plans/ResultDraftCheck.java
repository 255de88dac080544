package org.zwgk.portal.plans;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.Draft;
import org.zwgk.portal.workflow.DraftNote;
import org.zwgk.portal.workflow.SubmissionCheck;

import java.util.List;
import java.util.Optional;

/**
 * A result's 进展 and evidence are chosen on the report form and shown on the plan's pages once its
 * draft is published; its text states them (see {@link PlanService#report}). The editor may rewrite
 * that text before review (audit: a result reported 已完成 went out reading 未开始, and the row showed
 * 已完成), so the text goes to review only while it still states the 进展 chosen, and no other, and
 * still links every evidence document; to report another 进展, the unit reports again. The draft's
 * page tells the reviewer what the plan will show once it is approved. A revision of a published
 * result is held to the same: its document is what the plan links.
 */
@ApplicationScoped
class ResultDraftCheck implements SubmissionCheck, DraftNote {

    @Override
    public void check(Draft draft) {
        Optional<PlanResult> found = resultOf(draft);
        if (found.isEmpty()) {
            return;
        }
        PlanResult r = found.get();
        // the refusal's words are made after the transaction: nothing lazy is read in them
        int number = r.row.number;
        PlanMessages m = MessageBundles.get(PlanMessages.class);
        String body = draft.meta == null || draft.meta.body == null ? "" : draft.meta.body;
        String stated = m.bodyStatus(m.status(r.status));
        boolean another = java.util.Arrays.stream(ResultStatus.values())
                .anyMatch(s -> s != r.status && body.contains(m.bodyStatus(m.status(s))));
        if (!body.contains(stated) || another) {
            throw UserError.badInput("body", x -> m.resultStatusKept(stated, number));
        }
        for (Long id : r.evidence) {
            if (!body.contains("](" + Routes.document(id) + ")")) {
                Document e = Document.findById(id);
                String title = e == null ? Routes.document(id) : e.meta.title;
                throw UserError.badInput("body", x -> m.resultEvidenceKept(title, number));
            }
        }
    }

    @Override
    public List<String> notes(Draft draft) {
        return resultOf(draft).map(r -> {
            PlanMessages m = MessageBundles.get(PlanMessages.class);
            return List.of(m.resultOnPublish("《" + r.row.plan.title + "》", r.row.number, r.organization.name,
                    m.status(r.status), r.evidence.size()));
        }).orElse(List.of());
    }

    /** The result this draft reports, or revises once published. */
    static Optional<PlanResult> resultOf(Draft draft) {
        if (draft.id == null) {
            return Optional.empty();
        }
        Optional<PlanResult> own = PlanResult.find("draft.id = ?1", draft.id).firstResultOptional();
        if (own.isPresent() || draft.document == null) {
            return own;
        }
        return PlanResult.find("draft.document = ?1", draft.document).firstResultOptional();
    }
}
