package org.zwgk.portal.workflow;

import org.zwgk.portal.web.Routes;
import jakarta.ws.rs.core.MultivaluedMap;
import org.zwgk.portal.web.FormBinding;

import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentStatus;
import org.zwgk.portal.documents.DocumentVersion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zwgk.portal.access.AccountService;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.SessionCookie;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.TreeOrder;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.UserError;

import io.quarkus.qute.i18n.MessageBundles;
import org.zwgk.portal.web.WorkbenchMessages;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The editors' workbench pages for drafts: my drafts and the review queue, the editor with preview
 * and the sensitive-words check, review decisions, attachments, revisions and withdrawal. Every post
 * goes through {@link WorkflowService}, which checks 谁开设、谁管理; a refused or invalid post shows
 * the form again with what was typed, so nothing is lost.
 */
@Path("/workbench")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WorkbenchResource {

    /** Requests near their deadline, letters waiting: features built beside this one, found as beans. */
    @jakarta.inject.Inject
    @io.quarkus.arc.All
    List<org.zwgk.portal.access.WorkbenchAttention> attention;
    /** Consultations, surveys, interviews and letter replies: packages built on this one, found as beans. */
    @jakarta.inject.Inject
    @io.quarkus.arc.All
    List<ReviewQueueSource> otherReviews;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PortalUser user, List<Draft> mine, List<Draft> queue, List<AwaitingReview> others, List<AwaitingReview> returned,
                                            List<Document> published, List<Option> publishedIn,
                                            String publishedChannel,
                                            AccountService.FailedLogins failures, String done,
                                            List<org.zwgk.portal.access.WorkbenchAttention.Notice> notices);

        /** {@code done}: what the last step did, in words (null when the page is not the result of one). */
        static native TemplateInstance draft(PortalUser user, DraftPage page, String done);

        static native TemplateInstance versions(PortalUser user, Document document, List<DocumentVersion> versions,
                                                DocumentVersion from, DocumentVersion to, TextDiff.Diff diff,
                                                boolean canRevise, boolean canWithdraw, String withdrawError, String withdrawReason,
                                                boolean withdrawn);
    }

    private final WorkflowService workflow;
    private final DraftAttachments attachments;
    private final DraftPages pages;
    private final CurrentUser current;
    private final Messages messages;
    private final AccountService accounts;

    WorkbenchResource(WorkflowService workflow, DraftAttachments attachments, DraftPages pages, CurrentUser current,
                      Messages messages, AccountService accounts) {
        this.accounts = accounts;
        this.workflow = workflow;
        this.attachments = attachments;
        this.pages = pages;
        this.current = current;
        this.messages = messages;
    }

    @GET
    // Pages render inside their transaction: the templates walk lazy associations (draft → channel).
    @Transactional
    public String home(@RestCookie(SessionCookie.NAME) String session, @RestQuery String done, @RestQuery String channel) {
        PortalUser user = current.get();
        List<AwaitingReview> others = otherReviews.stream().flatMap(source -> source.awaiting(user).stream())
                .sorted(java.util.Comparator.comparing(AwaitingReview::since)).toList();
        // one channel's (editor walk: szfb's list was twenty 一号答 answers, the notice it publishes out of sight)
        String shown = channel == null || channel.isBlank() ? null : channel.strip();
        List<AwaitingReview> returned = otherReviews.stream().flatMap(source -> source.returned(user).stream())
                .sorted(java.util.Comparator.comparing(AwaitingReview::since).reversed()).toList();
        return Templates.home(user, workflow.mine(user), workflow.reviewQueue(user), others, returned, workflow.recentlyPublished(user, 20, shown),
                Option.channels(workflow.publishingChannels(user)), shown,
                accounts.failedLoginsBefore(session).orElse(null),
                "discarded".equals(done) ? MessageBundles.get(WorkbenchMessages.class).wbDoneDiscarded() : null,
                attention.stream().flatMap(a -> a.noticeFor(user).stream()).toList()).render();
    }

    @GET
    @Path("drafts/new")
    @Transactional
    public String newDraft(@RestQuery String channel) {
        PortalUser user = current.get();
        return Templates.draft(user, pages.asked(user, channel), null).render();
    }

    @POST
    @Path("drafts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        DraftInput form = FormBinding.bind(posted, DraftInput.class);
        PortalUser user = current.get();
        return orForm(() -> {
            Draft d = workflow.create(user, form.channel, form, current.actor());
            return back(d.id, "created");
        }, () -> pages.blank(user, form, flag(posted, "acknowledged")));
    }

    /** 提交审核 on the new-draft page: the typed draft is created and submitted together. */
    @POST
    @Path("drafts/new/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createAndSubmit(MultivaluedMap<String, String> posted) {
        DraftInput form = FormBinding.bind(posted, DraftInput.class);
        boolean acknowledged = flag(posted, "acknowledged");
        PortalUser user = current.get();
        return orForm(() -> {
            Draft d = workflow.createAndSubmit(user, form.channel, form, acknowledged, current.actor());
            return back(d.id, "submitted");
        }, () -> pages.blank(user, form, acknowledged));
    }

    @GET
    @Path("drafts/{id}")
    @Transactional
    public String draft(@RestPath long id, @RestQuery String done, @RestQuery Integer level) {
        PortalUser user = current.get();
        DraftPage page = pages.of(user, id);
        return Templates.draft(user, page, doneMessage(done, level, page.draft())).render();
    }

    @POST
    @Path("drafts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, MultivaluedMap<String, String> posted) {
        DraftInput form = FormBinding.bind(posted, DraftInput.class);
        PortalUser user = current.get();
        return orForm(() -> {
            workflow.update(user, id, Draft.sentVersion(form.lockVersion), form, current.actor());
            return back(id, "saved");
        }, () -> pages.of(user, id, form, flag(posted, "acknowledged")));
    }

    /**
     * 提交审核 from the draft form: the form's fields as typed, saved and sent to review in one
     * transaction, so what the reviewer reads is what was on the editor's screen.
     */
    @POST
    @Path("drafts/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath long id, MultivaluedMap<String, String> posted) {
        DraftInput form = FormBinding.bind(posted, DraftInput.class);
        boolean acknowledged = flag(posted, "acknowledged");
        PortalUser user = current.get();
        return orForm(() -> {
            workflow.saveAndSubmit(user, id, Draft.sentVersion(form.lockVersion), form, acknowledged, current.actor());
            return back(id, "submitted");
        }, () -> pages.of(user, id, form, acknowledged));
    }

    /**
     * A reviewer's decision on one piece of personal data the draft holds (个人信息检查): 确认遮蔽, or
     * 不属于个人信息 with a reason. The page comes back with the decision shown.
     */
    @POST
    @Path("drafts/{id}/privacy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decidePrivacy(@RestPath long id, @RestForm Long lockVersion, @RestForm String key, @RestForm String decision,
                                  @RestForm String reason) {
        org.zwgk.portal.privacy.PrivacyDecision.Decision chosen = parseDecision(decision);
        // the page says which way it was decided (browser walk: 确认遮蔽 came back without a word)
        String done = chosen == org.zwgk.portal.privacy.PrivacyDecision.Decision.NOT_PERSONAL ? "privacyKept" : "privacyMasked";
        return step(id, done, user -> workflow.decidePrivacy(user, id, Draft.sentVersion(lockVersion), key,
                chosen, reason, current.actor()));
    }

    private static org.zwgk.portal.privacy.PrivacyDecision.Decision parseDecision(String decision) {
        try {
            return decision == null ? null : org.zwgk.portal.privacy.PrivacyDecision.Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @POST
    @Path("drafts/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath long id, @RestForm Long lockVersion, @RestForm String comment, @RestForm String attachmentsChecked) {
        PortalUser user = current.get();
        return orForm(() -> {
            Draft d = workflow.approve(user, id, Draft.sentVersion(lockVersion), comment, FormBinding.checked(attachmentsChecked), current.actor());
            return switch (d.status) {
                case PUBLISHED -> back(id, "published");
                case APPROVED -> back(id, "scheduled");
                default -> Response.seeOther(URI.create(Routes.draftDoneAtLevel(id, "approved", d.approvedLevels))).build();
            };
        }, () -> pages.of(user, id));
    }

    @POST
    @Path("drafts/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnToEditor(@RestPath long id, @RestForm Long lockVersion, @RestForm String comment) {
        return step(id, "returned", user ->
                workflow.returnToEditor(user, id, Draft.sentVersion(lockVersion), comment, current.actor()));
    }

    @POST
    @Path("drafts/{id}/recall")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recall(@RestPath long id, @RestForm Long lockVersion) {
        return step(id, "recalled", user -> workflow.recall(user, id, Draft.sentVersion(lockVersion), current.actor()));
    }

    /**
     * 取消定时发布: an approved draft waiting for its time goes back to its editors with the reason typed;
     * refused (no reason, a stale page, published meanwhile), the page comes back saying why.
     */
    @POST
    @Path("drafts/{id}/unschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unschedule(@RestPath long id, @RestForm Long lockVersion, @RestForm String reason) {
        return step(id, "unscheduled", user -> workflow.unschedule(user, id, Draft.sentVersion(lockVersion), reason, current.actor()));
    }

    /**
     * 放弃稿件 from the draft form. Without {@code confirmed} it only asks: the page comes back with
     * everything typed and a confirmation (the script on the page asks in a dialog instead). The typed
     * fields are not saved: a draft being thrown away need not be valid.
     */
    @POST
    @Path("drafts/{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@RestPath long id, MultivaluedMap<String, String> posted) {
        DraftInput form = FormBinding.bind(posted, DraftInput.class);
        long lockVersion = Draft.sentVersion(form.lockVersion);
        PortalUser user = current.get();
        return orForm(() -> {
            if (!flag(posted, "confirmed")) {
                workflow.requireEditable(user, id, lockVersion);
                String html = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Templates.draft(user,
                        pages.of(user, id, form, flag(posted, "acknowledged")).confirmingDiscard(), null).render());
                return Response.ok(html, MediaType.TEXT_HTML_TYPE).build();
            }
            workflow.discard(user, id, lockVersion, current.actor());
            return Response.seeOther(URI.create(Routes.workbenchDone("discarded"))).build();
        }, () -> pages.of(user, id, form, flag(posted, "acknowledged")));
    }

    @POST
    @Path("drafts/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath long id, @RestForm Long lockVersion, @RestForm String title, @RestForm FileUpload file) {
        return step(id, "uploaded", user ->
                attachments.add(user, id, Draft.sentVersion(lockVersion), title, file, current.actor()));
    }

    /** A draft's file, as a download: the reviewer checks what they publish, not only its name and hash. */
    @GET
    @Path("drafts/{id}/attachments/{attachment}")
    public Response attachment(@RestPath long id, @RestPath long attachment) {
        return attachments.file(current.get(), id, attachment, current.actor()).response();
    }

    @POST
    @Path("drafts/{id}/attachments/{attachment}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeAttachment(@RestPath long id, @RestPath long attachment, @RestForm Long lockVersion) {
        return step(id, "attachmentRemoved", user ->
                attachments.remove(user, id, Draft.sentVersion(lockVersion), attachment, current.actor()));
    }

    @POST
    @Path("documents/{id}/revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@RestPath long id) {
        Draft d = workflow.revise(current.get(), id, current.actor());
        return Response.seeOther(URI.create(Routes.draft(d.id))).build();
    }

    /** What changed between two versions of a document (by default the last two). */
    @GET
    @Path("documents/{id}/versions")
    @Transactional
    public String versions(@RestPath long id, @RestQuery String from, @RestQuery String to, @RestQuery String done) {
        return versionsPage(id, from, to, null, null, WITHDRAWN.equals(done));
    }

    /** The versions page's {@code ?done=} after a withdrawal. */
    private static final String WITHDRAWN = "withdrawn";

    /** The versions page; after a refused withdrawal, with why and the reason typed (browser walk: a public error page). */
    private String versionsPage(long id, String from, String to, String withdrawError, String withdrawReason, boolean withdrawn) {
        Document doc = Document.findById(id);
        if (doc == null || doc.status == DocumentStatus.REMOVED) {
            throw UserError.notFound(m -> m.documentNotFound());
        }
        workflow.requireVersionsReader(current.get(), doc);
        List<DocumentVersion> history = DocumentVersion.history(doc); // newest first
        DocumentVersion newer = pick(history, to, history.get(0), "to");
        DocumentVersion older = pick(history, from, history.size() > 1 ? history.get(1) : newer, "from");
        TextDiff.Diff diff = TextDiff.of(older.meta.body, newer.meta.body)
                .withDownloads(versionTextUrl(doc, older), versionTextUrl(doc, newer));
        PortalUser user = current.get();
        boolean published = doc.status == DocumentStatus.PUBLISHED;
        boolean canRevise = published && doc.channel.isOpen() && workflow.mayRevise(user, doc);
        boolean canWithdraw = published && workflow.mayWithdraw(user, doc);
        // said only when it holds: a stale ?done=withdrawn on a document published again says nothing
        return Templates.versions(user, doc, history, older, newer, diff, canRevise, canWithdraw, withdrawError, withdrawReason,
                withdrawn && doc.status == DocumentStatus.WITHDRAWN).render();
    }

    /** One version's text as a file, for comparing versions too different to compare on the page. */
    @GET
    @Path("documents/{id}/versions/{label}/text")
    @Produces(TEXT)
    @Transactional
    public Response versionText(@RestPath long id, @RestPath String label) {
        Document doc = Document.findById(id);
        if (doc == null || doc.status == DocumentStatus.REMOVED) {
            throw UserError.notFound(m -> m.documentNotFound());
        }
        workflow.requireVersionsReader(current.get(), doc);
        DocumentVersion v = DocumentVersion.history(doc).stream().filter(x -> x.label().equals(label)).findFirst()
                .orElseThrow(() -> UserError.notFound(m -> m.versionNotFound()));
        return text(v.meta.body, "document-" + doc.id + "-v" + v.label() + ".txt");
    }

    /** The draft's text as a file. */
    @GET
    @Path("drafts/{id}/text")
    @Produces(TEXT)
    @Transactional
    public Response draftText(@RestPath long id) {
        Draft d = pages.readable(current.get(), id);
        return text(d.meta.body, "draft-" + d.id + ".txt");
    }

    /** For a revision, the published text it changes, as a file. */
    @GET
    @Path("drafts/{id}/published-text")
    @Produces(TEXT)
    @Transactional
    public Response publishedText(@RestPath long id) {
        Draft d = pages.readable(current.get(), id);
        if (d.document == null) {
            throw UserError.notFound(m -> m.documentNotFound());
        }
        return text(d.document.meta.body, "document-" + d.document.id + ".txt");
    }

    private static final String TEXT = "text/plain;charset=UTF-8";

    private static Response text(String body, String fileName) {
        return Response.ok(body == null ? "" : body, TEXT)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static String versionTextUrl(Document doc, DocumentVersion v) {
        return Routes.documentVersions(doc.id) + "/" + v.label() + "/text";
    }

    private static DocumentVersion pick(List<DocumentVersion> history, String label, DocumentVersion fallback, String parameter) {
        if (label == null || label.isBlank()) {
            return fallback;
        }
        return history.stream().filter(v -> v.label().equals(label.strip())).findFirst()
                .orElseThrow(() -> UserError.badInput(parameter, m -> m.versionNotFound()));
    }

    @POST
    @Path("documents/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath long id, @RestForm String reason) {
        return org.zwgk.portal.web.FormSteps.orPage(() -> {
            workflow.withdraw(current.get(), id, reason, current.actor());
            // back to the workbench with what was done (browser walk: the reviewer landed on the public page)
            return Response.seeOther(URI.create(Routes.documentVersions(id) + "?done=" + WITHDRAWN)).build();
        }, e -> versionsPage(id, null, null, e.message(messages), reason, false));
    }

    /**
     * Runs a step; when it is refused for something the user can fix (bad field, stale copy,
     * unacknowledged words) the page comes back with the message and the user's input, with the
     * refusal's status. Authorization failures are not the form's business and pass through.
     */
    private Response orForm(Supplier<Response> step, Supplier<DraftPage> page) {
        return org.zwgk.portal.web.FormSteps.orPage(step, e ->
                Templates.draft(current.get(), page.get().withError(e.message(messages), e.fieldMessages(messages)), null).render());
    }

    /** A step from the draft page: back to the draft with its outcome, or the page again with the refusal. */
    private Response step(long id, String done, Consumer<PortalUser> action) {
        PortalUser user = current.get();
        return orForm(() -> {
            action.accept(user);
            return back(id, done);
        }, () -> pages.of(user, id));
    }

    private static Response back(long id, String done) {
        return Response.seeOther(URI.create(Routes.draftDone(id, done))).build();
    }

    private static boolean flag(MultivaluedMap<String, String> posted, String name) {
        return FormBinding.checked(posted == null ? null : posted.getFirst(name));
    }

    /** What the step named in {@code ?done=} did, in words; null for no step or an unknown one. */
    static String doneMessage(String done, Integer level, Draft d) {
        if (done == null || d == null) {
            return null;
        }
        WorkbenchMessages m = MessageBundles.get(WorkbenchMessages.class);
        return switch (done) {
            case "created" -> m.wbDoneCreated();
            case "saved" -> m.wbDoneSaved();
            case "submitted" -> m.wbDoneSubmitted(d.requiredLevels);
            case "approved" -> level == null || level < 1 ? m.wbDoneApprovedSomeLevel()
                    : m.wbDoneApproved(level, Math.min(level + 1, d.requiredLevels), d.requiredLevels);
            case "published" -> m.wbDonePublished();
            case "scheduled" -> m.wbDoneScheduled(d.scheduledAt == null ? "" : org.zwgk.portal.web.TemplateExtensions.dateTime(d.scheduledAt));
            case "returned" -> m.wbDoneReturned();
            case "recalled" -> m.wbDoneRecalled();
            case "unscheduled" -> MessageBundles.get(WorkflowLabels.class).unscheduleDone();
            case "uploaded" -> m.wbDoneUploaded();
            case "attachmentRemoved" -> m.wbDoneAttachmentRemoved();
            case "privacyMasked" -> m.wbDonePrivacyMasked();
            case "privacyKept" -> m.wbDonePrivacyKept();
            default -> null;
        };
    }

    /**
     * Select options for the editor: classification codes and labels; for a channel also the type a new
     * draft there starts as ({@code type}, null elsewhere), which the page's script follows when the
     * channel is changed.
     */
    public record Option(String value, String label, String type) {
        Option(String value, String label) {
            this(value, label, null);
        }

        /**
         * A scheme's classifications as a tree in one list: each under its parent, indented by a full-width
         * space per level, as the public catalogue shows them (财政 under 财政、金融、审计, not beside it).
         */
        static List<Option> classifications(ClassificationScheme scheme) {
            return TreeOrder.of(Classification.listScheme(scheme), c -> c.parent, c -> c.code).stream()
                    .map(p -> new Option(p.node().code, "\u3000".repeat(p.depth()) + p.node().name)).toList();
        }

        /**
         * 栏目 by name and owner; two of one owner with the same name (the site's 政策文件 and the unit's own)
         * are told apart by their descriptions where those differ, else by their codes, so no editor picks
         * the wrong one.
         */
        static List<Option> channels(List<Channel> channels) {
            java.util.Map<String, List<Channel>> same = channels.stream()
                    .collect(java.util.stream.Collectors.groupingBy(c -> c.name + "|" + c.owner.code));
            return channels.stream().map(c -> {
                List<Channel> group = same.get(c.name + "|" + c.owner.code);
                String extra = group.size() < 2 ? "" : "，" + (distinctDescriptions(group) ? shortDescription(c) : c.code);
                return new Option(c.code, c.name + "（" + c.owner.name + extra + "）", c.newDraftType().name());
            }).toList();
        }

        private static boolean distinctDescriptions(List<Channel> group) {
            return group.stream().allMatch(c -> c.description != null && !c.description.isBlank())
                    && group.stream().map(Option::shortDescription).distinct().count() == group.size();
        }

        private static String shortDescription(Channel c) {
            String d = c.description.strip();
            return d.length() > 24 ? d.substring(0, 24) + "…" : d;
        }
    }
}
