package org.zwgk.portal.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.zwgk.portal.access.Reader;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.documents.LiteralMarkdown;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.workflow.WorkflowService;

import java.time.format.DateTimeFormatter;

/**
 * When an event ends, its transcript (guests, the policies discussed, every entry and the approved
 * questions, as the public page shows them) goes to review as a draft of channel {@value #CHANNEL}
 * under the organization that held it, and its reviewers publish it like any document (levels, four
 * eyes, sensitive words, the de-identification at publication): the public search, feeds and open
 * data then find what was said. The transcript document is published only after review; the live
 * entries themselves are public at once on the event's page, checked against the sensitive words only.
 */
@ApplicationScoped
class InterviewTranscripts {

    /** The channel transcripts go to, from content/channels.yaml. */
    static final String CHANNEL = "zxft";
    private static final Logger LOG = Logger.getLogger(InterviewTranscripts.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkflowService workflow;
    private final Deidentifier deidentifier;

    InterviewTranscripts(WorkflowService workflow, Deidentifier deidentifier) {
        this.workflow = workflow;
        this.deidentifier = deidentifier;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void submit(PortalUser user, Interview i, Actor actor) {
        Channel channel = Channel.findByCode(CHANNEL).orElse(null);
        if (channel == null) {
            LOG.warnf("no channel %s: the transcript of interview %d is not sent to review", CHANNEL, i.id);
            return;
        }
        InterviewMessages m = InterviewService.im();
        InterviewView view = InterviewView.of(i, deidentifier, Reader.PUBLIC);
        StringBuilder body = new StringBuilder();
        body.append(LiteralMarkdown.of(m.transcriptOrigin(m.kind(i.kind), view.organization(), view.startsAt().toLocalDate().toString(),
                view.place()))).append("\n\n");
        if (!view.description().isBlank()) {
            body.append(LiteralMarkdown.of(view.description())).append("\n\n");
        }
        body.append("## ").append(m.guestsTitle()).append("\n\n");
        view.guests().forEach(g -> body.append("- ").append(LiteralMarkdown.of(g.name() + (g.title().isEmpty() ? "" : " " + g.title()))).append('\n'));
        if (!view.policies().isEmpty()) {
            body.append("\n## ").append(m.policiesTitle()).append("\n\n");
            view.policies().forEach(p -> body.append("- [").append(LiteralMarkdown.of(p.title())).append("](").append(Routes.document(p.id())).append(")\n"));
        }
        body.append("\n## ").append(m.transcriptTitle()).append("\n\n");
        view.entries().forEach(e -> body.append("**").append(LiteralMarkdown.of(e.speaker())).append("**（")
                .append(e.postedAt().format(TIME)).append("）：").append(LiteralMarkdown.of(e.body())).append("\n\n"));
        if (!view.questions().isEmpty()) {
            body.append("## ").append(m.questionsTitle(view.questions().size())).append("\n\n");
            view.questions().forEach(q -> body.append("- ").append(LiteralMarkdown.of(q.body()).replace("  \n", " ")).append('\n'));
        }
        DocumentMetadata meta = DocumentMetadata.proactive(i.kind == Interview.Kind.PRESS_CONFERENCE ? DocumentType.NEWS : DocumentType.INTERPRETATION,
                m.transcriptDocumentTitle(i.title), body.toString().strip() + "\n");
        meta.writtenOn = view.startsAt().toLocalDate();
        meta.summary = m.transcriptSummary(m.kind(i.kind), view.organization());
        // whoever wrote entries counts as an author: none of them may approve the transcript (four eyes)
        java.util.Set<String> authors = new java.util.HashSet<>();
        InterviewEntry.of(i).forEach(e -> authors.add(e.postedBy));
        authors.add(i.createdBy);
        authors.remove(null);
        workflow.submitFor(user, i.organization, channel, meta, authors, actor).ifPresentOrElse(d -> i.transcriptDraft = d,
                () -> LOG.warnf("channel %s is closed or the transcript of interview %d too long for a draft: not sent to review",
                        CHANNEL, i.id));
    }
}
