package org.zwgk.portal.workflow;

import org.zwgk.portal.web.UserError;

import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.Validity;

import org.zwgk.portal.workflow.WorkbenchResource.Option;

import java.util.List;

/**
 * Everything the draft page shows: the draft (null while it is new), the form's values, what the
 * user may do, the sensitive-word hits in place, the preview, attachments, reviews, and for a revision
 * the diff against what is published.
 */
public record DraftPage(Draft draft, DraftInput input, String error, List<UserError.FieldMessage> fieldErrors,
                        boolean canEdit, boolean canReview, boolean canSubmit,
                        List<Option> channels, List<Option> topics, List<Option> genres,
                        List<SensitiveWords.Hit> hits, List<SensitiveWords.Segment> titleSegments,
                        List<SensitiveWords.Segment> bodySegments, String previewTitle, String previewHtml,
                        List<DraftAttachment> attachments, List<DraftReview> reviews, TextDiff.Diff diff,
                        String channelCode, boolean acknowledged, boolean confirmDiscard) {

    public DraftPage withInput(DraftInput typed) {
        return new DraftPage(draft, typed, error, fieldErrors, canEdit, canReview, canSubmit, channels, topics, genres,
                hits, titleSegments, bodySegments, previewTitle, previewHtml, attachments, reviews, diff, channelCode, acknowledged, confirmDiscard);
    }

    /** The typed text with its own sensitive-word hits (the saved copy's would point at other text). */
    public DraftPage withTyped(DraftInput typed, List<SensitiveWords.Hit> typedHits, List<SensitiveWords.Segment> typedTitle,
                               List<SensitiveWords.Segment> typedBody, String typedPreviewTitle, String typedPreviewHtml,
                               boolean typedAcknowledged) {
        return new DraftPage(draft, typed, error, fieldErrors, canEdit, canReview, canSubmit, channels, topics, genres,
                typedHits, typedTitle, typedBody, typedPreviewTitle, typedPreviewHtml, attachments, reviews, diff, channelCode, typedAcknowledged, confirmDiscard);
    }

    public DraftPage withError(String message, List<UserError.FieldMessage> fields) {
        return new DraftPage(draft, input, message, fields, canEdit, canReview, canSubmit, channels, topics, genres,
                hits, titleSegments, bodySegments, previewTitle, previewHtml, attachments, reviews, diff, channelCode, acknowledged, confirmDiscard);
    }

    /** The page asking whether the draft is really to be discarded (the no-JavaScript confirmation). */
    public DraftPage confirmingDiscard() {
        return new DraftPage(draft, input, error, fieldErrors, canEdit, canReview, canSubmit, channels, topics, genres,
                hits, titleSegments, bodySegments, previewTitle, previewHtml, attachments, reviews, diff, channelCode, acknowledged, true);
    }

    /** The message for one field, shown next to it; null when the field is fine. */
    public String errorFor(String field) {
        return UserError.FieldMessage.of(fieldErrors, field);
    }

    public boolean isNew() {
        return draft == null;
    }

    public boolean revision() {
        return draft != null && draft.document != null;
    }

    public DocumentType[] types() {
        return DocumentType.values();
    }

    public Validity[] validities() {
        return Validity.values();
    }

    public Disclosure[] disclosures() {
        return Disclosure.values();
    }

    public ChangeKind[] changeKinds() {
        return ChangeKind.values();
    }
}
