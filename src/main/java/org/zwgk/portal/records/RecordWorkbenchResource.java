package org.zwgk.portal.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zwgk.portal.access.CurrentUser;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.web.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench for records: the organization's records and those awaiting review, the entry form
 * per type, the CSV upload with a preview of every row's errors, intake tokens (site admins), the
 * publish-at-once choice (org admins) and the deadline compliance page.
 */
@Path("/workbench/records")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RecordWorkbenchResource {

    public record Item(RecordEntry entry, String typeName) {
    }

    /** One field of the form: what it holds (as typed, after a refusal) and what is wrong with it. */
    public record FormField(FieldSpec spec, String value, String error) {
        FormField(FieldSpec spec, String value) {
            this(spec, value, null);
        }
    }

    /** A refusal shown above the form, with each wrong field's message (also shown next to the field). */
    public record Problems(String error, List<UserError.FieldMessage> fields) {
        static final Problems NONE = new Problems(null, List.of());

        public String errorFor(String field) {
            return UserError.FieldMessage.of(fields, field);
        }
    }

    public record Setting(Organization organization, RecordType type, boolean publishAtOnce) {
    }

    /** What the record page shows of review: the decisions so far, and whether this user may approve or return now. */
    public record Review(List<RecordReview> decisions, boolean mayApprove, boolean mayReturn, boolean reviewer) {
        static final Review NONE = new Review(List.of(), false, false, false);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PortalUser user, List<Item> mine, List<Item> queue, List<RecordType> types,
                                            List<Organization> organizations, List<Setting> settings);

        static native TemplateInstance form(PortalUser user, RecordType type, RecordEntry entry, String organization,
                                            List<Organization> organizations, List<FormField> fields, boolean published,
                                            List<RecordVersion> versions, Review review, Problems problems, String changeNote,
                                            String notice);

        static native TemplateInstance upload(PortalUser user, List<RecordType> types, List<Organization> organizations,
                                              String type, String organization, String csv, Integer rows,
                                              List<RecordIntake.RowError> errors, RecordIntake.Report report, String problem);

        static native TemplateInstance tokens(PortalUser user, List<ApiToken> tokens, List<Organization> organizations,
                                              String issued);

        static native TemplateInstance compliance(PortalUser user, List<RecordCompliance.Tally> tallies,
                                                  List<RecordCompliance.Late> late, List<RecordCompliance.Completeness> completeness);
    }

    private final RecordService service;
    private final RecordIntake intake;
    private final RecordTypes types;
    private final RecordCompliance compliance;
    private final CurrentUser current;
    private final Ownership ownership;
    private final AuditLog audit;
    private final org.zwgk.portal.web.Messages messages;

    RecordWorkbenchResource(RecordService service, RecordIntake intake, RecordTypes types, RecordCompliance compliance,
                            CurrentUser current, Ownership ownership, AuditLog audit, org.zwgk.portal.web.Messages messages) {
        this.messages = messages;
        this.service = service;
        this.intake = intake;
        this.types = types;
        this.compliance = compliance;
        this.current = current;
        this.ownership = ownership;
        this.audit = audit;
    }

    private String typeName(String code) {
        return types.find(code).map(RecordType::name).orElse(code);
    }

    /** Organizations where the user edits (or all, for a site admin choosing in the upload form). */
    private static List<Organization> editable(PortalUser user) {
        return Organization.listOrdered().stream().filter(o -> user.has(Role.EDITOR, o.code)).toList();
    }

    @GET
    @Transactional
    public String home() {
        PortalUser user = current.get();
        List<String> orgs = new ArrayList<>(user.roles().keySet());
        List<Item> mine = orgs.isEmpty() ? List.of() : RecordEntry.<RecordEntry>find("organization.code in ?1 order by updatedAt desc", orgs)
                .page(0, 200).list().stream().map(r -> new Item(r, typeName(r.typeCode))).toList();
        List<String> reviewing = new ArrayList<>(user.organizationsWith(Role.REVIEWER));
        List<Item> queue = reviewing.isEmpty() ? List.of() : RecordEntry.<RecordEntry>find(
                        "organization.code in ?1 and pendingState = ?2 order by updatedAt", reviewing, RecordEntry.PendingState.SUBMITTED)
                .page(0, 200).list().stream().filter(r -> service.mayApprove(user, r))
                .map(r -> new Item(r, typeName(r.typeCode))).toList();
        List<Setting> settings = new ArrayList<>();
        for (Organization o : Organization.listOrdered()) {
            if (user.administeredOrganizations().contains(o.code)) {
                for (RecordType t : types.all()) {
                    if (RecordService.mayPublish(t, o)) {
                        settings.add(new Setting(o, t, IntakeSetting.publishAtOnce(o.id, t.code())));
                    }
                }
            }
        }
        return Templates.home(user, mine, queue, types.all(), editable(user), settings).render();
    }

    @GET
    @Path("new")
    @Transactional
    public String newRecord(@QueryParam("type") String type, @QueryParam("organization") String organization) {
        PortalUser user = current.get();
        RecordType t = service.type(type);
        List<Organization> orgs = editable(user).stream().filter(o -> RecordService.mayPublish(t, o)).toList();
        return Templates.form(user, t, null, organization, orgs, t.fields().stream().map(f -> new FormField(f, "")).toList(),
                false, List.of(), Review.NONE, Problems.NONE, null, null).render();
    }

    private static Map<String, String> values(RecordType type, MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldSpec f : type.fields()) {
            String v = posted.getFirst(f.name());
            if (v != null) {
                values.put(f.name(), v);
            }
        }
        return values;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        PortalUser user = current.get();
        RecordType type = service.type(posted.getFirst("type"));
        Map<String, String> typed = values(type, posted);
        String organization = posted.getFirst("organization");
        try {
            RecordEntry r = service.create(user, type.code(), organization, typed, current.actor());
            return Response.seeOther(URI.create("/workbench/records/" + r.id)).build();
        } catch (UserError e) {
            // nothing was saved: the form again, with everything as typed and each wrong field's message next to it
            Problems problems = new Problems(e.message(messages), e.fieldMessages(messages));
            String html = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
                List<Organization> orgs = editable(user).stream().filter(o -> RecordService.mayPublish(type, o)).toList();
                return Templates.form(user, type, null, organization, orgs, typedFields(type, typed, problems), false, List.of(),
                        Review.NONE, problems, null, null).render();
            });
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
    }

    private static List<FormField> typedFields(RecordType type, Map<String, String> typed, Problems problems) {
        return type.fields().stream().map(f -> new FormField(f, typed.getOrDefault(f.name(), ""), problems.errorFor(f.name()))).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public String edit(@RestPath long id, @QueryParam("done") String done) {
        PortalUser user = current.get();
        RecordEntry r = service.visible(user, id);
        RecordType t = service.type(r.typeCode);
        Map<String, String> values = RecordJson.read(r.pendingValues != null ? r.pendingValues : r.publishedValues);
        return Templates.form(user, t, r, r.organization.code, List.of(r.organization),
                t.fields().stream().map(f -> new FormField(f, values.getOrDefault(f.name(), ""))).toList(),
                r.publicState == RecordEntry.PublicState.PUBLISHED, RecordVersion.of(r), review(user, r), Problems.NONE, null,
                "alreadyApproved".equals(done) ? RecordService.messages().alreadyApproved() : null).render();
    }

    private Review review(PortalUser user, RecordEntry r) {
        boolean submitted = r.pendingState == RecordEntry.PendingState.SUBMITTED;
        boolean reviewer = ownership.holds(user, Role.REVIEWER, r.organization);
        return new Review(RecordReview.of(r), service.mayApprove(user, r),
                submitted && reviewer && !service.reviewItem(r).authors().contains(user.username()), reviewer);
    }

    private static long lock(MultivaluedMap<String, String> posted) {
        try {
            return Long.parseLong(String.valueOf(posted.getFirst("lockVersion")).strip());
        } catch (NumberFormatException e) {
            throw UserError.badInput("lockVersion", m -> m.badInteger("lockVersion"));
        }
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/workbench/records/" + id)).build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, MultivaluedMap<String, String> posted) {
        PortalUser user = current.get();
        RecordType type = service.type(typeOf(id));
        Map<String, String> typed = values(type, posted);
        String note = posted.getFirst("changeNote");
        try {
            service.update(user, id, lock(posted), typed, note, current.actor());
            return back(id);
        } catch (UserError e) {
            // nothing was saved: the form again with what was typed (a stale copy too, so no typing is lost)
            Problems problems = new Problems(e.message(messages), e.fieldMessages(messages));
            String html = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
                RecordEntry r = service.visible(user, id);
                return Templates.form(user, type, r, r.organization.code, List.of(r.organization), typedFields(type, typed, problems),
                        r.publicState == RecordEntry.PublicState.PUBLISHED, RecordVersion.of(r), review(user, r), problems, note, null).render();
            });
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
    }

    @Transactional
    String typeOf(long id) {
        return service.visible(current.get(), id).typeCode;
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath long id, MultivaluedMap<String, String> posted) {
        service.submit(current.get(), id, lock(posted), current.actor());
        return back(id);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath long id, MultivaluedMap<String, String> posted) {
        PortalUser user = current.get();
        long lock = lock(posted);
        try {
            service.approve(user, id, lock, current.actor());
        } catch (UserError e) {
            // a double click or a second tab: the first approval went through and moved the record on,
            // so this one is stale; the reviewer is told it is done, not sent to a conflict page
            if (e.status() == 409 && service.alreadyApproved(user, id, lock)) {
                return Response.seeOther(URI.create("/workbench/records/" + id + "?done=alreadyApproved")).build();
            }
            throw e;
        }
        return back(id);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnToEditor(@RestPath long id, MultivaluedMap<String, String> posted) {
        service.returnToEditor(current.get(), id, lock(posted), posted.getFirst("comment"), current.actor());
        return back(id);
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath long id, MultivaluedMap<String, String> posted) {
        service.withdraw(current.get(), id, lock(posted), posted.getFirst("reason"), current.actor());
        return back(id);
    }

    // --- CSV upload ----------------------------------------------------------------------------

    @GET
    @Path("upload")
    @Transactional
    public String uploadForm(@QueryParam("type") String type) {
        PortalUser user = current.get();
        // the first type's columns are open until another is chosen
        String chosen = types.find(type == null ? "" : type).map(RecordType::code)
                .orElse(types.all().isEmpty() ? null : types.all().get(0).code());
        return Templates.upload(user, types.all(), editable(user), chosen, null, null, null, null, null, null).render();
    }

    /** Step one shows every row's errors and saves nothing; step two (save) saves all rows or, if any is wrong, none. */
    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String type, @RestForm String organization, @RestForm String step, @RestForm String csv,
                           @RestForm FileUpload file) {
        PortalUser user = current.get();
        RecordType t = service.type(type);
        try {
            return Response.ok(uploaded(user, t, organization, step, csv, file)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (UserError e) {
            if (e.refusesAccess()) {
                throw e;
            }
            // nothing was saved: the refusal on the upload form, with the chosen type and organization kept
            String problem = e.message(messages);
            String html = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Templates.upload(user, types.all(),
                    editable(user), t.code(), organization, null, null, null, null, problem).render());
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
    }

    private String uploaded(PortalUser user, RecordType t, String organization, String step, String csv, FileUpload file) {
        String text = csv;
        List<BatchRow> excel = null;
        if (file != null && file.size() > 0) {
            if (file.size() > ExcelBatch.MAX_BYTES && file.fileName() != null && file.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                throw UserError.tooLarge("file", m -> RecordService.messages().excelTooLarge(ExcelBatch.MAX_BYTES / (1024 * 1024)));
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (ExcelBatch.looksLikeExcel(file.fileName(), bytes)) {
                // read once here; the preview carries the rows on as CSV text, so the save step reads what was previewed
                excel = ExcelBatch.rows(bytes); // rows numbered as the sheet's rows
                text = ExcelBatch.asCsv(excel);
            } else {
                text = BatchParser.text(bytes);
            }
        }
        List<BatchRow> rows = excel != null ? excel : BatchParser.csv(text);
        if (rows.isEmpty()) {
            throw UserError.badInput("file", m -> RecordService.messages().uploadEmpty());
        }
        List<Organization> orgs = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> editable(user));
        if ("save".equals(step)) {
            try {
                RecordIntake.Report report = intake.upload(user, t.code(), organization, rows, current.actor());
                return Templates.upload(user, types.all(), orgs, t.code(), organization, null, rows.size(), List.of(), report, null).render();
            } catch (RecordIntake.BatchRejected e) {
                return Templates.upload(user, types.all(), orgs, t.code(), organization, text, rows.size(), e.rows, null, null).render();
            }
        }
        List<RecordIntake.RowError> errors = intake.check(t, rows);
        return Templates.upload(user, types.all(), orgs, t.code(), organization, text, rows.size(), errors, null, null).render();
    }

    // --- intake tokens and settings --------------------------------------------------------------

    @GET
    @Path("tokens")
    @Transactional
    public String tokens() {
        PortalUser user = current.get();
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        List<ApiToken> tokens = ApiToken.listNewestFirst();
        tokens.forEach(tk -> tk.organization.displayName());
        return Templates.tokens(user, tokens, Organization.listOrdered(), null).render();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String issue(@RestForm String organization, @RestForm String name, @RestForm String types) {
        PortalUser user = current.get();
        String token = intake.issue(user, organization, name, types, current.actor());
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            List<ApiToken> tokens = ApiToken.listNewestFirst();
            tokens.forEach(tk -> tk.organization.displayName());
            return Templates.tokens(user, tokens, Organization.listOrdered(), token).render();
        });
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath long id) {
        intake.revoke(current.get(), id, current.actor());
        return Response.seeOther(URI.create("/workbench/records/tokens")).build();
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response setting(@RestForm String organization, @RestForm String type, @RestForm String publishAtOnce) {
        PortalUser user = current.get();
        Organization org = Organization.findByCode(organization == null ? "" : organization)
                .orElseThrow(() -> UserError.badInput("organization", m -> m.unknownOrganization(String.valueOf(organization))));
        ownership.requireManager(user, org);
        RecordType t = service.type(type);
        service.requireOwnerRule(t, org);
        boolean atOnce = "true".equals(publishAtOnce);
        IntakeSetting s = IntakeSetting.findById(new IntakeSetting.Key(org.id, t.code()));
        if (s == null) {
            s = new IntakeSetting();
            s.organizationId = org.id;
            s.typeCode = t.code();
            s.persist();
        }
        s.publishAtOnce = atOnce;
        audit.record(current.actor(), "record.intake-setting", "organization", org.id, t.code() + (atOnce ? " 不经审核直接公开" : " 经审核后公开"));
        return Response.seeOther(URI.create("/workbench/records")).build();
    }

    @GET
    @Path("compliance")
    public String compliance() {
        PortalUser user = current.get();
        return Templates.compliance(user, compliance.tallies(), compliance.late(200), compliance.completeness(service.today().getYear())).render();
    }
}
