package org.zwgk.portal.workflow;

import org.zwgk.portal.web.UserError;

import io.quarkus.qute.i18n.MessageBundles;
import org.zwgk.portal.catalog.CatalogLabels;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.DocumentLabels;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.Validity;

import org.zwgk.portal.workflow.WorkbenchResource.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

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
                        String channelCode, boolean acknowledged, boolean confirmDiscard, boolean canUnschedule) {

    public DraftPage withInput(DraftInput typed) {
        return new DraftPage(draft, typed, error, fieldErrors, canEdit, canReview, canSubmit, channels, topics, genres,
                hits, titleSegments, bodySegments, previewTitle, previewHtml, attachments, reviews, diff, channelCode, acknowledged, confirmDiscard, canUnschedule);
    }

    /** The typed text with its own sensitive-word hits (the saved copy's would point at other text). */
    public DraftPage withTyped(DraftInput typed, List<SensitiveWords.Hit> typedHits, List<SensitiveWords.Segment> typedTitle,
                               List<SensitiveWords.Segment> typedBody, String typedPreviewTitle, String typedPreviewHtml,
                               boolean typedAcknowledged) {
        return new DraftPage(draft, typed, error, fieldErrors, canEdit, canReview, canSubmit, channels, topics, genres,
                typedHits, typedTitle, typedBody, typedPreviewTitle, typedPreviewHtml, attachments, reviews, diff, channelCode, typedAcknowledged, confirmDiscard, canUnschedule);
    }

    public DraftPage withError(String message, List<UserError.FieldMessage> fields) {
        return new DraftPage(draft, input, message, fields, canEdit, canReview, canSubmit, channels, topics, genres,
                hits, titleSegments, bodySegments, previewTitle, previewHtml, attachments, reviews, diff, channelCode, acknowledged, confirmDiscard, canUnschedule);
    }

    /** The page asking whether the draft is really to be discarded (the no-JavaScript confirmation). */
    public DraftPage confirmingDiscard() {
        return new DraftPage(draft, input, error, fieldErrors, canEdit, canReview, canSubmit, channels, topics, genres,
                hits, titleSegments, bodySegments, previewTitle, previewHtml, attachments, reviews, diff, channelCode, acknowledged, true, canUnschedule);
    }

    /** When the approved draft is to be published, as pages show a time; empty when none is set. */
    public String scheduledFor() {
        return draft == null ? "" : org.zwgk.portal.web.TemplateExtensions.dateTime(draft.scheduledAt);
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

    /**
     * Why a returned draft came back: the latest return (or cancelled scheduled publication), shown beside
     * its status; null otherwise.
     */
    public DraftReview lastReturn() {
        if (draft == null || draft.status != DraftStatus.RETURNED || reviews == null) {
            return null;
        }
        for (int i = reviews.size() - 1; i >= 0; i--) {
            if (reviews.get(i).decision != DraftReview.Decision.APPROVE) {
                return reviews.get(i);
            }
        }
        return null;
    }

    /** One line of the metadata a reviewer reads: its label and the value as a reader sees it, null when empty. */
    public record MetadataRow(String label, String value) {
    }

    /**
     * The metadata as saved, for those who see the draft without its form (a reviewer, the author while it
     * is in review): what is published with the text (文号, 分类, 成文日期, 公开属性) is checked with it.
     */
    public List<MetadataRow> metadata() {
        if (draft == null) {
            return List.of();
        }
        // as saved, not as typed: a step refused because a colleague submitted meanwhile shows the typed form
        DraftInput input = DraftInput.of(draft);
        WorkflowLabels field = MessageBundles.get(WorkflowLabels.class);
        DocumentLabels doc = MessageBundles.get(DocumentLabels.class);
        List<MetadataRow> rows = new ArrayList<>();
        BiConsumer<DraftInput.Field, String> row = (f, v) ->
                rows.add(new MetadataRow(field.draftField(f), v == null || v.isBlank() ? null : v));
        row.accept(DraftInput.Field.TYPE, named(DocumentType.class, input.type, MessageBundles.get(CatalogLabels.class)::docType));
        row.accept(DraftInput.Field.DOC_NUMBER, input.docNumber);
        // the policy by what a reviewer checks it by: its title and 文号, not an address
        row.accept(DraftInput.Field.INTERPRETS, draft.interprets == null ? null : draft.interprets.meta.title
                + (draft.interprets.meta.docNumber == null ? "" : "（" + draft.interprets.meta.docNumber + "）")
                + " " + draft.interprets.indexNumber);
        row.accept(DraftInput.Field.TOPIC, label(topics, input.topic));
        row.accept(DraftInput.Field.GENRE, label(genres, input.genre));
        row.accept(DraftInput.Field.WRITTEN_ON, input.writtenOn);
        row.accept(DraftInput.Field.VALIDITY, named(Validity.class, input.validity, doc::validity));
        row.accept(DraftInput.Field.DISCLOSURE, named(Disclosure.class, input.disclosure, doc::disclosure));
        if (Disclosure.WITHHELD.name().equals(input.disclosure)) {
            row.accept(DraftInput.Field.WITHHELD_REASON, input.withheldReason);
        }
        row.accept(DraftInput.Field.SUMMARY, input.summary);
        boolean changeTold = input.changeKind != null || input.changeNote != null && !input.changeNote.isBlank();
        if (revision() && (draft.status != DraftStatus.PUBLISHED || changeTold)) { // a first version published has none
            row.accept(DraftInput.Field.CHANGE_KIND, named(ChangeKind.class, input.changeKind, doc::changeKind));
            row.accept(DraftInput.Field.CHANGE_NOTE, input.changeNote);
        }
        if (input.scheduledAt != null && !input.scheduledAt.isBlank()) {
            row.accept(DraftInput.Field.SCHEDULED_AT, input.scheduledAt.replace('T', ' '));
        }
        return rows;
    }

    private static String label(List<Option> options, String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(o -> o.label().strip()).findFirst().orElse(value);
    }

    private static <E extends Enum<E>> String named(Class<E> type, String value, Function<E, String> labels) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return labels.apply(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
