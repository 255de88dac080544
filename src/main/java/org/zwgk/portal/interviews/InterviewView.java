package org.zwgk.portal.interviews;

import org.zwgk.portal.access.Reader;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.contributions.ContributionView;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.privacy.Deidentifier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** An interview as its pages show it, read inside the transaction; citizens' questions and entries de-identified for the public. */
public record InterviewView(long id, Interview.Kind kind, String title, String organization, String orgCode, LocalDateTime startsAt, String place,
                            List<Guest> guests, String description, Interview.Status status, List<Policy> policies,
                            List<ContributionView> questions, List<ContributionView> pending, List<Entry> entries, Long transcriptId,
                            Long transcriptDraftId, boolean published, boolean returned) {

    public record Guest(String name, String title) {
    }

    public record Policy(long id, String title) {
    }

    public record Entry(long id, String speaker, String body, LocalDateTime postedAt, boolean picture) {

        /** The time alone on the interview's own day; with its date on any other (a late entry would read as that day's). */
        public String shownAt(LocalDateTime startsAt) {
            return startsAt != null && startsAt.toLocalDate().equals(postedAt.toLocalDate())
                    ? postedAt.toLocalTime().toString() : org.zwgk.portal.web.TemplateExtensions.dateTime(postedAt);
        }
    }

    static LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, PortalConfig.ZONE).withSecond(0).withNano(0);
    }

    /**
     * Summary for the workbench lists, no questions or entries read, as {@code reader} reads it: as typed for
     * its staff, through the gate for an overseer (as {@code SurveyView.atWork}).
     */
    static InterviewView brief(Interview i, Reader reader, Deidentifier deidentifier) {
        return reader.asTyped() ? brief(i, java.util.function.UnaryOperator.identity(), true) : brief(i, deidentifier);
    }

    /** Summary for the public lists: what staff typed through the gate too. */
    static InterviewView brief(Interview i, Deidentifier deidentifier) {
        return brief(i, deidentifier::mask, false);
    }

    private static InterviewView brief(Interview i, java.util.function.UnaryOperator<String> shown, boolean staff) {
        return new InterviewView(i.id, i.kind, shown.apply(i.title), i.organization.name, i.organization.code, local(i.startsAt), shown.apply(i.place),
                List.of(), shown.apply(i.description), i.status, List.of(), List.of(), List.of(), List.of(), transcriptIdOf(i),
                staff ? draftIdOf(i) : null, i.published(), staff && i.returned());
    }

    /**
     * For staff as typed; for the public everything through the gate, staff's own text too; for an
     * overseer what waits for moderation too, through the same gate.
     */
    static InterviewView of(Interview i, Deidentifier deidentifier, Reader reader) {
        java.util.function.UnaryOperator<String> shown = reader.asTyped() ? java.util.function.UnaryOperator.identity() : deidentifier::mask;
        List<Guest> guests = Arrays.stream(shown.apply(i.guests).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).map(line -> {
            String[] parts = line.split("\\s+", 2);
            return new Guest(parts[0], parts.length > 1 ? parts[1] : "");
        }).toList();
        // all linked documents in one query, shown in the order staff typed them
        java.util.Map<Long, Document> linked = i.documentIds.isEmpty() ? java.util.Map.of()
                : Document.<Document>list("id in ?1", i.documentIds).stream()
                        .collect(java.util.stream.Collectors.toMap(d -> d.id, d -> d));
        List<Policy> policies = i.documentIds.stream().map(linked::get).filter(d -> d != null && d.isListed())
                .map(d -> new Policy(d.id, d.meta.title)).toList();
        List<ContributionView> questions = InterviewQuestion.of(i, InterviewQuestion.Status.APPROVED).stream()
                .map(q -> ContributionView.shown(q, q.receivedAt, null, deidentifier)).toList();
        List<ContributionView> pending = reader.atWork() ? InterviewQuestion.of(i, InterviewQuestion.Status.PENDING).stream()
                .map(q -> ContributionView.pending(q, q.receivedAt, null, reader.asTyped(), deidentifier)).toList() : List.of();
        List<Entry> entries = InterviewEntry.of(i).stream().map(e -> new Entry(e.id, e.speaker,
                shown.apply(e.body), local(e.postedAt), e.pictureSha256 != null)).toList();
        return new InterviewView(i.id, i.kind, shown.apply(i.title), i.organization.name, i.organization.code, local(i.startsAt), shown.apply(i.place), guests,
                shown.apply(i.description), i.status, policies, questions, pending, entries, transcriptIdOf(i),
                reader.atWork() ? draftIdOf(i) : null, i.published(), reader.atWork() && i.returned());
    }

    /** The transcript's draft while it can still be published (not discarded). */
    private static Long draftIdOf(Interview i) {
        return i.transcriptDraft == null || i.transcriptDraft.status == org.zwgk.portal.workflow.DraftStatus.DISCARDED
                ? null : i.transcriptDraft.id;
    }

    private static Long transcriptIdOf(Interview i) {
        org.zwgk.portal.documents.Document d = i.publicTranscript();
        return d == null ? null : d.id;
    }

    public boolean live() {
        return status == Interview.Status.LIVE;
    }

    public boolean ended() {
        return status == Interview.Status.ENDED;
    }

    public boolean scheduled() {
        return status == Interview.Status.SCHEDULED;
    }
}
