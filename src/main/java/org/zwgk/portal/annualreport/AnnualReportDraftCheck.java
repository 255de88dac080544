package org.zwgk.portal.annualreport;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.Draft;
import org.zwgk.portal.workflow.SubmissionCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft made from an annual report goes to review only once the organization has filled what the
 * portal could not: 一、总体情况 and the table cells generated as 「（由单位填写）」 with no figure. Other
 * drafts are not this check's business, so it looks only at drafts an annual report was made into.
 */
@ApplicationScoped
class AnnualReportDraftCheck implements SubmissionCheck {

    @Override
    public void check(Draft draft) {
        if (draft.id == null || AnnualReport.count("draftId", draft.id) == 0) {
            return;
        }
        List<String> unfilled = unfilled(draft.meta.body);
        if (!unfilled.isEmpty()) {
            String names = String.join("、", unfilled);
            throw UserError.badInput("body", m -> MessageBundles.get(AnnualReportMessages.class).nbUnfilled(names));
        }
    }

    /** What of the generated text still waits for the organization: section 一 when empty, each table row still a placeholder. */
    static List<String> unfilled(String body) {
        AnnualReportMessages t = MessageBundles.get(AnnualReportMessages.class);
        List<String> out = new ArrayList<>();
        String text = body == null ? "" : body;
        String heading = "## " + t.nbSection1();
        int at = text.indexOf(heading);
        if (at >= 0) {
            int from = at + heading.length();
            int next = text.indexOf("\n## ", from);
            if (text.substring(from, next < 0 ? text.length() : next).isBlank()) {
                out.add(t.nbSection1());
            }
        }
        // a figure given reads plainly ("12"); the placeholder alone is a figure nobody gave
        String placeholder = AnnualReportService.placeholder(t);
        for (String line : text.split("\n")) {
            String[] cells = line.split("\\|");
            for (int i = 2; i < cells.length; i++) {
                if (cells[i].strip().equals(placeholder)) {
                    out.add(cells[1].strip());
                    break;
                }
            }
        }
        return out;
    }
}
