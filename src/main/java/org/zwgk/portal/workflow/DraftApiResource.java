package org.zwgk.portal.workflow;

import org.zwgk.portal.web.Routes;
import org.zwgk.portal.catalog.DocumentType;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.web.UserError;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The workflow as JSON for editors' own tools: the same {@link WorkflowService} as the workbench
 * pages, so the same rules. Log in with the session cookie or, under Keycloak, a bearer token.
 */
@Path("/api/v1/drafts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "drafts", description = "编辑工作流（需登录）")
public class DraftApiResource {

    /** A draft as the API shows it. */
    public record DraftJson(long id, DraftStatus status, String title, String channel, String organization,
                            DocumentType type, String author, long lockVersion, int approvedLevels, int requiredLevels,
                            Long documentId, Instant scheduledAt, Instant updatedAt, String body,
                            List<SensitiveWords.Hit> sensitiveHits) {
    }

    public record Lists(List<DraftJson> mine, List<DraftJson> awaitingMyReview) {
    }

    /**
     * A step on a draft. For 提交审核, {@code draft} may carry the fields as the client shows them: they
     * are saved and submitted in one transaction, as the page's form does, so what is reviewed is what
     * the editor saw. For the last approval, {@code attachmentsChecked}: the reviewer looked through the
     * attachments the privacy check could not read (or read in part) themselves.
     */
    public record Step(Long lockVersion, String comment, Boolean acknowledged, Boolean attachmentsChecked, DraftInput draft) {
        long version() {
            return Draft.sentVersion(lockVersion);
        }
    }

    private final WorkflowService workflow;
    private final CurrentUser current;

    DraftApiResource(WorkflowService workflow, CurrentUser current) {
        this.workflow = workflow;
        this.current = current;
    }

    @GET
    @Transactional
    @Operation(summary = "我的稿件和待我审核的稿件")
    public Lists list() {
        PortalUser user = current.get();
        return new Lists(workflow.mine(user).stream().map(this::json).toList(),
                workflow.reviewQueue(user).stream().map(this::json).toList());
    }

    @GET
    @Path("{id}")
    @Transactional
    public DraftJson get(@RestPath long id) {
        return json(workflow.visible(current.get(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "新建稿件（本单位栏目的撰稿人）")
    public Response create(DraftInput body) {
        DraftInput b = required(body);
        Draft d = workflow.create(current.get(), b.channel, b, current.actor());
        return Response.created(URI.create(Routes.apiDraft(d.id))).entity(json(d)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "保存稿件；lockVersion 过期时返回 409，不覆盖他人的修改")
    public DraftJson update(@RestPath long id, DraftInput body) {
        DraftInput b = required(body);
        return json(workflow.update(current.get(), id, Draft.sentVersion(b.lockVersion), b, current.actor()));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public DraftJson submit(@RestPath long id, Step step) {
        Step s = required(step);
        boolean acknowledged = Boolean.TRUE.equals(s.acknowledged());
        return json(s.draft() == null ? workflow.submit(current.get(), id, s.version(), acknowledged, current.actor())
                : workflow.saveAndSubmit(current.get(), id, s.version(), s.draft(), acknowledged, current.actor()));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public DraftJson approve(@RestPath long id, Step step) {
        Step s = required(step);
        return json(workflow.approve(current.get(), id, s.version(), s.comment(), Boolean.TRUE.equals(s.attachmentsChecked()), current.actor()));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public DraftJson returnToEditor(@RestPath long id, Step step) {
        Step s = required(step);
        return json(workflow.returnToEditor(current.get(), id, s.version(), s.comment(), current.actor()));
    }

    @POST
    @Path("{id}/recall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "撤回审核中的稿件（本单位撰稿人）")
    public DraftJson recall(@RestPath long id, Step step) {
        Step s = required(step);
        return json(workflow.recall(current.get(), id, s.version(), current.actor()));
    }

    /** 取消定时发布, as the draft's page offers it: {@code comment} is the reason, required. */
    @POST
    @Path("{id}/unschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "取消定时发布（本单位撰稿人、审核人、单位管理员；comment 为原因）")
    public DraftJson unschedule(@RestPath long id, Step step) {
        Step s = required(step);
        return json(workflow.unschedule(current.get(), id, s.version(), s.comment(), current.actor()));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw UserError.badInput("body", m -> m.draftFieldRequired("JSON"));
        }
        return body;
    }

    private DraftJson json(Draft d) {
        Draft.flush(); // the lock version the caller must send next is assigned at flush
        return new DraftJson(d.id, d.status, d.meta.title, d.channel.code, d.organization.code, d.meta.type, d.author, d.lockVersion,
                d.approvedLevels, d.requiredLevels, d.document == null ? null : d.document.id, d.scheduledAt, d.updatedAt,
                d.meta.body, workflow.sensitiveHits(d));
    }
}
