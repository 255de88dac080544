package org.zwgk.portal.workflow;

import org.zwgk.portal.web.Routes;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.MarkdownRenderer;
import org.zwgk.portal.privacy.Deidentifier;

import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.workflow.WorkbenchResource.Option;

import java.util.List;

/** Builds {@link DraftPage}s: what the draft page shows to this user. Reads only. */
@ApplicationScoped
public class DraftPages {

    private final WorkflowService workflow;
    private final Ownership ownership;
    private final SensitiveWords sensitiveWords;
    private final MarkdownRenderer markdown;
    private final ReviewLevels levels;
    private final Deidentifier gate;

    DraftPages(WorkflowService workflow, Ownership ownership, SensitiveWords sensitiveWords, MarkdownRenderer markdown,
               ReviewLevels levels, Deidentifier gate) {
        this.workflow = workflow;
        this.gate = gate;
        this.levels = levels;
        this.ownership = ownership;
        this.sensitiveWords = sensitiveWords;
        this.markdown = markdown;
    }

    /** The empty editor, offering the open channels this user writes in. */
    public DraftPage blank(PortalUser user, String channelCode) {
        return blank(user, channelCode, false);
    }

    /**
     * The empty editor for the channel asked for; when that is another organization's, it says which
     * channel it chose instead (browser walk: switched unseen, 谁开设、谁管理).
     */
    public DraftPage asked(PortalUser user, String channelCode) {
        return blank(user, channelCode, true);
    }

    private DraftPage blank(PortalUser user, String channelCode, boolean sayWhenOthers) {
        List<Channel> writable = Channel.listOrdered().stream()
                .filter(c -> c.isOpen() && ownership.holds(user, Role.EDITOR, c.owner)).toList();
        // none asked for (or one this person cannot write in): the first the form offers, so the 信息类别 follows the
        // channel shown (browser walk: 政策文件 was preselected with 通知公告)
        Channel chosen = writable.stream().filter(c -> c.code.equals(channelCode)).findFirst()
                .orElse(writable.isEmpty() ? null : writable.get(0));
        String notice = null;
        if (sayWhenOthers && chosen != null && channelCode != null && !chosen.code.equals(channelCode)) {
            notice = Channel.findByCode(channelCode).filter(asked -> !ownership.holds(user, Role.EDITOR, asked.owner))
                    .map(asked -> io.quarkus.qute.i18n.MessageBundles.get(org.zwgk.portal.web.WorkbenchMessages.class)
                            .wbChannelNotYours(asked.name, chosen.name)).orElse(null);
        }
        DraftInput input = DraftInput.blank(chosen != null ? chosen.newDraftType() : DocumentType.NOTICE);
        return new DraftPage(null, input, null, List.of(), !writable.isEmpty(), false, false, Option.channels(writable),
                Option.classifications(ClassificationScheme.TOPIC), Option.classifications(ClassificationScheme.GENRE),
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(), TextDiff.none(),
                chosen == null ? null : chosen.code, false, false, false).withError(notice, List.of());
    }

    /** The empty editor showing what was typed into it, with that text's sensitive-word hits. */
    public DraftPage blank(PortalUser user, DraftInput typed, boolean acknowledged) {
        List<SensitiveWords.Hit> hits = sensitiveWords.check(typed);
        Deidentifier.Policy policy = Deidentifier.Policy.of(typed.type, List.of());
        return blank(user, typed.channel).withTyped(typed, hits, sensitiveWords.segments(DraftInput.Field.TITLE, typed.title, hits),
                sensitiveWords.segments(DraftInput.Field.BODY, typed.body, hits), gate.mask(typed.title, policy),
                previewHtml(typed.body, policy), acknowledged);
    }

    /** A draft this user may read: staff of its organization and site admins; any other is 404. */
    public Draft readable(PortalUser user, long id) {
        return workflow.visible(user, id);
    }

    public DraftPage of(PortalUser user, long id) {
        return page(user, readable(user, id));
    }

    private DraftPage page(PortalUser user, Draft d) {
        boolean editor = ownership.holds(user, Role.EDITOR, d.organization) && d.channel.isOpen();
        // one who approved an earlier level of this round has nothing left to decide here: no buttons that only refuse
        boolean reviewer = levels.mayApprove(user, workflow.reviewItem(d));
        Deidentifier.Policy policy = workflow.publicationPolicy(d);
        // once published, the draft is what the public copy was made of (masked): nothing left to compare.
        // Before, the draft is compared as it will be published: the public text holds the masks, the draft the numbers
        TextDiff.Diff diff = d.document == null || d.status == DraftStatus.PUBLISHED ? TextDiff.none()
                : TextDiff.of(d.document.meta.body, d.meta.body == null ? null : gate.maskMarkdown(d.meta.body, policy))
                .withDownloads(Routes.draftStep(d.id, "published-text"), Routes.draftStep(d.id, "text"));
        List<SensitiveWords.Hit> hits = workflow.sensitiveHits(d);
        return new DraftPage(d, DraftInput.of(d), null, List.of(),
                editor && d.status.editable(), reviewer && d.status == DraftStatus.SUBMITTED, editor && d.status.editable(),
                List.of(), Option.classifications(ClassificationScheme.TOPIC), Option.classifications(ClassificationScheme.GENRE),
                hits, sensitiveWords.segments(DraftInput.Field.TITLE, d.meta.title, hits),
                sensitiveWords.segments(DraftInput.Field.BODY, d.meta.body, hits),
                gate.mask(d.meta.title, policy), previewHtml(d.meta.body, policy),
                DraftAttachment.of(d), DraftReview.of(d), diff, d.channel.code, false, false,
                d.status == DraftStatus.APPROVED && workflow.mayUnschedule(user, d));
    }

    /** The body as it will be published: through the de-identification gate under the draft's policy, then rendered. */
    private String previewHtml(String body, Deidentifier.Policy policy) {
        return body == null ? null : markdown.toSafeHtml(gate.maskMarkdown(body, policy));
    }

    /**
     * The draft's page with what the editor typed in the form instead of the saved values, and the
     * sensitive-word hits of that typed text: what a refused step shows, so nothing typed is lost.
     */
    public DraftPage of(PortalUser user, long id, DraftInput typed, boolean acknowledged) {
        List<SensitiveWords.Hit> hits = sensitiveWords.check(typed);
        Draft d = readable(user, id);
        Deidentifier.Policy saved = workflow.publicationPolicy(d);
        Deidentifier.Policy policy = Deidentifier.Policy.of(typed.type == null || typed.type.isBlank() ? saved.documentType() : typed.type,
                saved.notPersonal());
        return page(user, d).withTyped(typed, hits, sensitiveWords.segments(DraftInput.Field.TITLE, typed.title, hits),
                sensitiveWords.segments(DraftInput.Field.BODY, typed.body, hits), gate.mask(typed.title, policy),
                previewHtml(typed.body, policy), acknowledged);
    }
}
