package org.zwgk.portal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.zwgk.portal.privacy.PrivacyReviews;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft page's 个人信息检查: every piece of personal data the draft holds, in place in its title
 * and body, with how the public will see it and the reviewers' decisions. Templates read it as
 * {@code inject:draftPrivacy.view(draft)}.
 */
@Named("draftPrivacy")
@ApplicationScoped
public class DraftPrivacy {

    /** A stretch of a field: plain, or a hit. */
    public record Segment(String text, PrivacyReviews.Hit hit) {
        public boolean flagged() {
            return hit != null;
        }
    }

    /** A hit in a field of the draft ({@code field}), or in the text of an attachment ({@code attachment}: its title). */
    public record FieldHit(DraftInput.Field field, String attachment, PrivacyReviews.Hit hit, String before, String after) {
        FieldHit(DraftInput.Field field, String attachment, PrivacyReviews.Hit hit) {
            this(field, attachment, hit, "", "");
        }
    }

    /** A hit nobody decided on that stops approval, and the id of its row in the table ({@code #anchor}). */
    public record Undecided(String anchor, FieldHit hit) {

        /** The line naming it: its kind, where it stands and how it would be masked (身份证号码（正文）：320583********1238). */
        public String label() {
            org.zwgk.portal.privacy.PrivacyMessages privacy = io.quarkus.qute.i18n.MessageBundles.get(org.zwgk.portal.privacy.PrivacyMessages.class);
            String where = hit.attachment() != null ? privacy.inAttachment(hit.attachment())
                    : io.quarkus.qute.i18n.MessageBundles.get(WorkflowLabels.class).draftField(hit.field());
            return privacy.undecidedItem(privacy.type(hit.hit().finding().type()), where, hit.hit().masked());
        }
    }

    /** How the rows of the check's table are named: this and the hit's index in {@link View#hits()}. */
    public static final String ROW = "privacy-hit-";

    /** Characters of an attachment's text shown around a hit, since the file itself is not shown in place. */
    private static final int CONTEXT = 20;

    /** What the check read in one attachment: how many hits, or why its text could not be read. */
    public record FileCheck(String title, int hits, String problem, boolean truncated) {
    }

    /** {@code lawBasis}: why the draft's type keeps some kinds unmasked (惩戒公示), or null. */
    public record View(List<FieldHit> hits, List<Segment> title, List<Segment> body, long blocking, String lawBasis, List<FileCheck> files) {
        public boolean isEmpty() {
            return hits.isEmpty();
        }

        public boolean hasFileHits() {
            return hits.stream().anyMatch(h -> h.attachment() != null);
        }

        /** The hits that stop publication until a reviewer decides on each, as the messages count them. */
        public int blockingCount() {
            return (int) Math.min(blocking, Integer.MAX_VALUE);
        }

        /**
         * The hits that stop every approval, each with the id of its row in the check's table
         * ({@code privacy-hit-}index): what the review section names before anyone clicks 审核通过.
         */
        public List<Undecided> undecided() {
            List<Undecided> out = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).hit().blocking()) {
                    out.add(new Undecided(ROW + i, hits.get(i)));
                }
            }
            return out;
        }

        /** The attachments the check could not read, or read only in part, as the last approval names them (《a》、《b》); empty when none. */
        public String uncheckedTitles() {
            return String.join("、", files.stream().filter(f -> f.problem() != null || f.truncated()).map(f -> "《" + f.title() + "》").toList());
        }
    }

    private final WorkflowService workflow;
    private final org.zwgk.portal.privacy.Deidentifier gate;

    DraftPrivacy(WorkflowService workflow, org.zwgk.portal.privacy.Deidentifier gate) {
        this.workflow = workflow;
        this.gate = gate;
    }

    public View view(Draft d) {
        List<PrivacyReviews.Hit> hits = d == null ? List.of() : workflow.privacyHits(d);
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        List<FileCheck> files = new ArrayList<>();
        if (d != null) {
            for (DraftAttachment a : DraftAttachment.of(d)) {
                org.zwgk.portal.privacy.FileText.Result r = workflow.attachmentText(a);
                String field = WorkflowService.ATTACHMENT_FIELD + a.id + ":" + a.file.title;
                texts.put(field, r.text());
                files.add(new FileCheck(a.file.title, (int) hits.stream().filter(h -> h.inFile() && h.field().equals(field)).count(),
                        r.problem(), r.truncated()));
            }
        }
        List<FieldHit> fieldHits = hits.stream().map(h -> h.inFile()
                ? inFile(h, texts.getOrDefault(h.field(), ""))
                : new FieldHit(DraftInput.Field.valueOf(h.field()), null, h)).toList();
        return new View(fieldHits, segments(d == null ? null : d.meta.title, DraftInput.Field.TITLE, hits),
                segments(d == null ? null : d.meta.body, DraftInput.Field.BODY, hits),
                hits.stream().filter(PrivacyReviews.Hit::blocking).count(),
                d == null || d.meta.type == null ? null : gate.rules().exceptionFor(d.meta.type.name()).map(e -> e.basis()).orElse(null),
                files);
    }

    private static FieldHit inFile(PrivacyReviews.Hit h, String text) {
        int start = Math.min(h.finding().start(), text.length());
        int end = Math.min(h.finding().end(), text.length());
        String before = text.substring(Math.max(0, start - CONTEXT), start).replaceAll("\\s+", " ");
        String after = text.substring(end, Math.min(text.length(), end + CONTEXT)).replaceAll("\\s+", " ");
        return new FieldHit(null, attachmentTitle(h.field()), h, (start > CONTEXT ? "…" : "") + before,
                after + (end + CONTEXT < text.length() ? "…" : ""));
    }

    /** The title in a field name {@code attachment:id:title}. */
    static String attachmentTitle(String field) {
        int second = field.indexOf(':', WorkflowService.ATTACHMENT_FIELD.length());
        return second < 0 ? field : field.substring(second + 1);
    }

    private static List<Segment> segments(String text, DraftInput.Field field, List<PrivacyReviews.Hit> hits) {
        List<Segment> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int at = 0;
        for (PrivacyReviews.Hit h : hits) {
            if (h.inFile() || !h.field().equals(field.name())) {
                continue;
            }
            if (h.finding().start() > at) {
                out.add(new Segment(text.substring(at, h.finding().start()), null));
            }
            out.add(new Segment(text.substring(h.finding().start(), h.finding().end()), h));
            at = h.finding().end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }
}
