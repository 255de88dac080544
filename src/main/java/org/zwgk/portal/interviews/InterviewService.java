package org.zwgk.portal.interviews;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zwgk.portal.workflow.PublicationLevels;
import org.zwgk.portal.access.Publishable;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.pagecache.PageCache;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.attachments.FileSniffer;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.contributions.ContributionKind;
import org.zwgk.portal.contributions.Moderation;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentLookup;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.FormFields;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.SensitiveWords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * 在线访谈 / 新闻发布会: an organization's editor schedules one (kind, title, time, place, guests,
 * description, the published policies it discusses); citizens send questions before and during it
 * (the message form's token and per-address limit; moderated by the organization's editors or
 * reviewers before they show, de-identified); during it the editor adds entries (speaker, text, a
 * PNG or JPEG picture checked by its bytes and size, kept in the attachment store), which makes it
 * live; the editor ends it, and its entries are the transcript, published as a document ({@link InterviewTranscripts}).
 */
@ApplicationScoped
public class InterviewService {

    public static final int MAX_QUESTION = 1000;
    public static final long MAX_PICTURE_BYTES = 5L << 20;
    static final ContributionKind<InterviewQuestion> QUESTIONS = new ContributionKind<>(InterviewQuestion.class, "question",
            () -> im().contribution(), () -> im().notFound());

    private final Ownership ownership;
    private final AuditLog audit;
    private final Moderation moderation;
    private final AttachmentStore store;
    private final Clock clock;
    @jakarta.inject.Inject
    PublicationLevels publicationLevels;
    private final InterviewTranscripts transcripts;
    private final SensitiveWords sensitiveWords;
    private final jakarta.enterprise.event.Event<PageCache.PagesChanged> pagesChanged;

    InterviewService(Ownership ownership, AuditLog audit, Moderation moderation, AttachmentStore store, Clock clock,
                     InterviewTranscripts transcripts, SensitiveWords sensitiveWords,
                     jakarta.enterprise.event.Event<PageCache.PagesChanged> pagesChanged) {
        this.pagesChanged = pagesChanged;
        this.transcripts = transcripts;
        this.sensitiveWords = sensitiveWords;
        this.ownership = ownership;
        this.audit = audit;
        this.moderation = moderation;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Interview schedule(PortalUser user, String orgCode, String kind, String title, String startsAt, String place, String guests,
                              String description, String documents, Actor actor) {
        ownership.requireLoggedIn(user);
        Organization org = Organization.findByCode(orgCode == null ? "" : orgCode.strip())
                .orElseThrow(() -> UserError.badInput("organization", m -> im().badOrganization()));
        ownership.requireChosen(user, Role.EDITOR, org, "organization");
        Scheduled fields = fields(kind, title, startsAt, place, guests, description, documents, org);
        Interview i = new Interview();
        i.writtenBy(org, user.username(), clock.instant());
        fields.applyTo(i);
        i.status = Interview.Status.SCHEDULED;
        i.persist();
        audit.record(actor, "interview.schedule", "interview", i.id, org.code + " " + im().kind(i.kind) + " " + localTime(i) + " " + i.title);
        return i;
    }

    /** What the schedule and change forms set, checked: every problem named, nothing set when there is one. */
    record Scheduled(Interview.Kind kind, String title, java.time.Instant startsAt, String place, String guests, String description,
                     Set<Long> documents) {
        void applyTo(Interview i) {
            i.kind = kind;
            i.title = title;
            i.startsAt = startsAt;
            i.place = place;
            i.guests = guests;
            i.description = description;
            i.documentIds = new LinkedHashSet<>(documents);
        }
    }

    private Scheduled fields(String kind, String title, String startsAt, String place, String guests, String description,
                             String documents, Organization org) {
        List<UserError.Invalid> problems = new ArrayList<>();
        Interview.Kind k = null;
        try {
            k = Interview.Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            problems.add(invalid("kind", h -> h.badKind()));
        }
        String t = FormFields.requiredText(title, 200, "title", problems);
        java.time.Instant when = null;
        try {
            when = LocalDateTime.parse(startsAt == null ? "" : startsAt.strip()).atZone(PortalConfig.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(invalid("startsAt", h -> h.badTime()));
        }
        String p = FormFields.requiredText(place, 200, "place", problems);
        String g = FormFields.requiredText(guests, 2000, "guests", problems);
        String d = FormFields.requiredText(description, 10000, "description", problems);
        Set<Long> docs = documents(documents, org, problems);
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        return new Scheduled(k, t, when, p, g, d, docs);
    }

    /**
     * Its editors change one not yet public (after it was sent back, or before anyone reviewed it): all the
     * schedule form sets but the organization; review starts again from the first level.
     */
    @Transactional
    public Interview change(PortalUser user, long id, String kind, String title, String startsAt, String place, String guests,
                            String description, String documents, Actor actor) {
        Interview i = unpublishedForEditor(user, id);
        Scheduled fields = fields(kind, title, startsAt, place, guests, description, documents, i.organization);
        String before = i.title + "；" + localTime(i) + "；" + i.place;
        fields.applyTo(i);
        publicationLevels.changed(i, user.username());
        audit.record(actor, "interview.change", "interview", i.id, im().kind(i.kind) + " " + i.title, before,
                i.title + "；" + localTime(i) + "；" + i.place);
        return i;
    }

    /** 退回修改: a reviewer of its organization, not one of its authors, sends it back with the reason. */
    @Transactional
    public void returnForChanges(PortalUser user, long id, String comment, long seenVersion, Actor actor) {
        publicationLevels.returnToAuthor(user, Interview.findById(id, LockModeType.PESSIMISTIC_WRITE), comment, seenVersion,
                () -> UserError.notFound(m -> im().notFound()), actor);
    }

    /** Its editors delete one never public (nobody could ask, nothing was said on it yet). */
    @Transactional
    public void discard(PortalUser user, long id, Actor actor) {
        Interview i = unpublishedForEditor(user, id);
        publicationLevels.discarded(i);
        i.delete();
        audit.record(actor, "interview.discard", "interview", id, i.organization.code + " " + i.title);
    }

    private Interview unpublishedForEditor(PortalUser user, long id) {
        return publicationLevels.requireChangeable(user, Interview.<Interview>findById(id, LockModeType.PESSIMISTIC_WRITE),
                () -> UserError.notFound(m -> im().notFound()));
    }

    /**
     * Documents (id, address, 文号 or 索引号, as {@link DocumentLookup} reads them), a list split by
     * {@link DocumentLookup#references} (commas, 、, new lines; spaces unless inside a 文号): each a public document of the interview's own
     * organization. Its page then names the interview (谁开设、谁管理: one organization does not write
     * onto another's documents), and a withheld document's title never reaches a public page.
     */
    private static Set<Long> documents(String value, Organization org, List<UserError.Invalid> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return ids;
        }
        for (String part : DocumentLookup.references(value)) {
            DocumentLookup.Result found = DocumentLookup.find(part);
            Document doc = found.document();
            if (!found.found()) {
                problems.add(new UserError.Invalid("documents", found.refusal()));
            } else if (org != null && !doc.organization.id.equals(org.id)) {
                problems.add(invalid("documents", h -> h.notOwnDocument(part)));
            } else {
                ids.add(doc.id);
            }
        }
        if (ids.size() > 20) {
            problems.add(invalid("documents", h -> h.tooManyDocuments(20)));
        }
        return ids;
    }

    /** A citizen's question, before or during the event; it waits for moderation. */
    @Transactional
    public InterviewQuestion ask(long id, String body, String address, Runnable spendToken) {
        Interview i = findPublished(id);
        String text = Moderation.text(body, MAX_QUESTION, QUESTIONS);
        if (i.status == Interview.Status.ENDED) {
            throw UserError.conflict(m -> im().ended());
        }
        InterviewQuestion q = new InterviewQuestion();
        q.interview = i;
        q.receivedAt = clock.instant();
        return moderation.receive(QUESTIONS, q, text, address, spendToken);
    }

    /** Approve (shown, de-identified; sensitive words seen: {@code checked}) or reject a question: the organization's editors or reviewers. */
    public void moderate(PortalUser user, long questionId, boolean approve, boolean checked, Actor actor) {
        moderation.moderate(user, QUESTIONS, questionId, approve, checked, actor);
    }

    /** The editor adds an entry to the live page (the first one makes a scheduled event live). */
    @Transactional
    public InterviewEntry addEntry(PortalUser user, long id, String speaker, String body, FileUpload picture, boolean acknowledged,
                                   Actor actor) {
        Interview i = editable(user, id);
        List<UserError.Invalid> problems = new ArrayList<>();
        String s = FormFields.requiredText(speaker, 100, "speaker", problems);
        String b = FormFields.requiredText(body, 10000, "body", problems);
        // a live entry is public at once, with no reviewer before it: a listed sensitive word is shown to
        // its editor, who posts it only once confirmed (as a draft's editor confirms before review)
        if (!acknowledged) {
            List<String> words = sensitiveWords.words(s, b);
            if (!words.isEmpty()) {
                problems.add(invalid("acknowledged", h -> h.sensitiveEntry(String.join("、", words))));
            }
        }
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        InterviewEntry e = new InterviewEntry();
        if (picture != null && picture.uploadedFile() != null && picture.size() > 0) {
            if (picture.size() > MAX_PICTURE_BYTES) {
                throw UserError.tooLarge("picture", m -> im().pictureTooLarge((int) (MAX_PICTURE_BYTES >> 20)));
            }
            FileSniffer.Kind kind;
            try {
                kind = FileSniffer.sniff(picture.uploadedFile(), picture.fileName()).orElse(null);
            } catch (FileSniffer.TooComplex ex) {
                kind = null;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            if (kind != FileSniffer.Kind.PNG && kind != FileSniffer.Kind.JPEG) {
                throw UserError.badInput("picture", m -> im().pictureType());
            }
            AttachmentStore.StoredFile stored = store.storeUpload(picture.uploadedFile(), kind, "picture");
            e.pictureSha256 = stored.sha256();
            e.pictureType = kind.mediaType;
            e.pictureSize = stored.size();
        }
        e.interview = i;
        e.speaker = s;
        e.body = b;
        e.postedBy = user.username();
        e.postedAt = clock.instant();
        e.persist();
        if (i.status == Interview.Status.SCHEDULED) {
            i.status = Interview.Status.LIVE;
        }
        audit.record(actor, "interview.entry", "interview", i.id, "条目 " + e.id + (e.pictureSha256 == null ? "" : " 图片校验值（SHA-256）" + e.pictureSha256));
        return e;
    }

    /** The editor ends the event (once published, like entries): the page becomes the transcript. */
    @Transactional
    public void end(PortalUser user, long id, Actor actor) {
        Interview i = editable(user, id);
        i.status = Interview.Status.ENDED;
        i.endedAt = clock.instant();
        audit.record(actor, "interview.end", "interview", i.id, i.title);
        transcripts.submit(user, i, actor);
    }

    private Interview editable(PortalUser user, long id) {
        ownership.requireLoggedIn(user);
        Interview i = Interview.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null || !ownership.isStaffOf(user, i.organization)) {
            throw UserError.notFound(m -> im().notFound());
        }
        ownership.require(user, Role.EDITOR, i.organization);
        if (i.status == Interview.Status.ENDED) {
            throw UserError.conflict(m -> im().ended());
        }
        if (!i.published()) {
            // an entry would make it 直播中 while the public cannot see it, before a reviewer passed it
            throw UserError.conflict(m -> im().notPublishedYet());
        }
        return i;
    }

    public java.nio.file.Path picture(InterviewEntry e) {
        return store.pathOf(e.pictureSha256);
    }

    /** Four eyes at every level: reviewers of its organization, never the person who scheduled it, make it public. */
    @Transactional
    public void publish(PortalUser user, long id, boolean acknowledged, Actor actor) {
        publishSeen(user, id, acknowledged, null, actor);
    }

    /** As {@link #publish(PortalUser, long, boolean, Actor)}, for the version the reviewer's page showed (its form always names it). */
    @Transactional
    public void publish(PortalUser user, long id, boolean acknowledged, long seenVersion, Actor actor) {
        publishSeen(user, id, acknowledged, seenVersion, actor);
    }

    /** Null {@code seenVersion}: not asked from a page. */
    private void publishSeen(PortalUser user, long id, boolean acknowledged, Long seenVersion, Actor actor) {
        Interview i = Interview.findById(id, LockModeType.PESSIMISTIC_WRITE);
        ownership.requirePublishable(user, i, () -> UserError.notFound(m -> im().notFound()), UserError.forbidden(m -> m.publicationFourEyes()));
        if (i.status == Interview.Status.ENDED) {
            throw UserError.conflict(m -> m.publicationPeriodOver());
        }
        if (!publicationLevels.publish(user, i, acknowledged, seenVersion, actor)) {
            return;
        }
        // the documents it interprets link to it now
        pagesChanged.fire(new PageCache.PagesChanged("interview " + i.id));
    }

    /** An interview citizens may see: published; any other answers 404 as one that does not exist. */
    public static Interview findPublished(long id) {
        return Publishable.publicOnly(find(id), () -> UserError.notFound(m -> im().notFound()));
    }

    public static Interview find(long id) {
        Interview i = Interview.findById(id);
        if (i == null) {
            throw UserError.notFound(m -> im().notFound());
        }
        return i;
    }

    static UserError.Invalid invalid(String field, Function<InterviewMessages, String> message) {
        return new UserError.Invalid(field, m -> message.apply(im()));
    }

    /** Its start in Beijing time, as every page shows times (the audit log showed 2026-12-20T07:00:00Z). */
    private static String localTime(Interview i) {
        return LocalDateTime.ofInstant(i.startsAt, PortalConfig.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    static InterviewMessages im() {
        return MessageBundles.get(InterviewMessages.class);
    }
}
