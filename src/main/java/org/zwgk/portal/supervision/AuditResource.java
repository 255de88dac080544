package org.zwgk.portal.supervision;

import org.zwgk.portal.audit.AuditActionNames;
import org.zwgk.portal.audit.AuditTrail;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.web.PageRequest;

/** The audit log for auditors (监督考评) and site admins: read-only, filterable, with the chain check. */
@Path("/workbench/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(PortalUser user, AuditTrail.Filter filter, AuditTrail.Result result,
                                             AuditTrail.ChainCheck chain, String query, AuditActionNames names,
                                             AuditStates states);
    }

    @Inject
    AuditTrail trail;
    @Inject
    Ownership ownership;
    @Inject
    CurrentUser current;
    @Inject
    AuditActionNames names;

    @Inject
    AuditStates states;

    @GET
    public TemplateInstance audit(@RestQuery String actor, @RestQuery String action, @RestQuery String entityType,
                                  @RestQuery String entityId, @RestQuery String page, @RestQuery String verify) {
        PortalUser user = current.get();
        ownership.requireAuditReader(user);
        Long id = entityId == null || entityId.isBlank() ? null : (long) PageRequest.intParameter(entityId, 0, "entityId");
        AuditTrail.Filter filter = new AuditTrail.Filter(actor, action, actionsNamed(action), codeOf(entityType), id);
        AuditTrail.Result result = trail.find(filter, PageRequest.parse(page, null).page());
        String query = "actor=" + enc(actor) + "&action=" + enc(action) + "&entityType=" + enc(entityType)
                + "&entityId=" + enc(entityId);
        return Templates.audit(user, filter, result, verify != null ? trail.verify() : null, query, names, states);
    }

    /**
     * The actions whose words hold what was typed (发布 → 发布文件, 审核通过并发布 …); a kind's words (稿件)
     * stand for all of its actions. Browser walk: 发布 found nothing, only a whole name or a code did.
     */
    private java.util.Set<String> actionsNamed(String typed) {
        if (typed == null || typed.isBlank()) {
            return java.util.Set.of();
        }
        String words = typed.strip();
        java.util.Set<String> kinds = new java.util.HashSet<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        names.all().forEach((code, name) -> {
            if (name.contains(words)) {
                (code.contains(".") ? codes : kinds).add(code);
            }
        });
        names.all().keySet().stream().filter(c -> c.contains(".") && kinds.contains(c.substring(0, c.indexOf('.')))).forEach(codes::add);
        return codes;
    }

    /** A filter typed in words (发布文件, 稿件) stands for its code; anything else is taken as a code (or its start). */
    private String codeOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String words = typed.strip();
        return names.all().entrySet().stream().filter(e -> e.getValue().equals(words)).map(Map.Entry::getKey)
                .findFirst().orElse(typed);
    }

    private static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
