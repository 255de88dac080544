package org.zwgk.portal.plans;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentLookup;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.web.Routes;
import org.zwgk.portal.web.UserError;
import org.zwgk.portal.workflow.Draft;
import org.zwgk.portal.workflow.DraftInput;
import org.zwgk.portal.workflow.DraftStatus;
import org.zwgk.portal.workflow.WorkflowService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans as the public sees them (every row with each unit's standing, results and evidence, 逾期
 * computed for today) and the one write: a unit named on a row reports a result, which is a draft of
 * type TASK_RESULT in the unit's own 工作要点 channel and goes through review like any other draft.
 */
@ApplicationScoped
public class PlanService {

    /** The channel of an organization's set that holds its results: its code + this suffix. */
    static final String RESULT_CHANNEL_SUFFIX = "-gzyd";

    private final Ownership ownership;
    private final WorkflowService workflow;
    private final Clock clock;
    private final Deidentifier privacy;
    private final AuditLog audit;

    PlanService(Ownership ownership, WorkflowService workflow, Clock clock, Deidentifier privacy, AuditLog audit) {
        this.ownership = ownership;
        this.workflow = workflow;
        this.clock = clock;
        this.privacy = privacy;
        this.audit = audit;
    }

    /** Today in the portal's time zone, from the injected clock. */
    public LocalDate today() {
        return clock.instant().atZone(PortalConfig.ZONE).toLocalDate();
    }

    /** Days past the due date, 0 when not overdue: 逾期 is "not done after the due date", never typed. */
    static long daysOverdue(ResultStatus status, LocalDate due, LocalDate today) {
        return status == ResultStatus.DONE || !today.isAfter(due) ? 0 : ChronoUnit.DAYS.between(due, today);
    }

    public WorkPlan plan(String code) {
        return WorkPlan.findByCode(code == null ? "" : code).orElseThrow(() -> UserError.notFound(m -> labels().planNotFound()));
    }

    public PlanRow row(WorkPlan plan, int number) {
        return PlanRow.find(plan, number).orElseThrow(() -> UserError.notFound(m -> labels().rowNotFound(number)));
    }

    @Transactional
    public PlanViews.Plan view(String code) {
        return view(plan(code), today());
    }

    @Transactional
    public List<WorkPlan> plans() {
        List<WorkPlan> plans = WorkPlan.listOrdered();
        plans.forEach(p -> p.owner.displayName());
        return plans;
    }

    /** The whole plan with every row's standing on {@code today}. */
    PlanViews.Plan view(WorkPlan plan, LocalDate today) {
        Map<Long, List<PlanRowUnit>> units = new HashMap<>();
        for (PlanRowUnit u : PlanRowUnit.ofPlan(plan)) {
            units.computeIfAbsent(u.row.id, k -> new ArrayList<>()).add(u);
        }
        // the public results, oldest first: a unit's latest one is its standing
        Map<Long, List<PlanResult>> results = new HashMap<>();
        Map<String, ResultStatus> latest = new HashMap<>();
        for (PlanResult r : PlanResult.ofPlan(plan)) {
            if (isPublic(r)) {
                results.computeIfAbsent(r.row.id, k -> new ArrayList<>()).add(r);
                latest.put(r.row.id + ":" + r.organization.id, r.status);
            }
        }
        List<PlanViews.Goal> goals = new ArrayList<>();
        Map<Long, List<PlanRow>> rowsByTask = new HashMap<>();
        for (PlanRow row : PlanRow.of(plan)) {
            rowsByTask.computeIfAbsent(row.task.id, k -> new ArrayList<>()).add(row);
        }
        List<PlanGoal> goalList = PlanGoal.list("plan = ?1 order by number", plan);
        for (PlanGoal g : goalList) {
            List<PlanViews.Task> tasks = new ArrayList<>();
            for (PlanTask t : PlanTask.<PlanTask>list("goal = ?1 order by number", g)) {
                List<PlanViews.Row> rows = new ArrayList<>();
                for (PlanRow row : rowsByTask.getOrDefault(t.id, List.of())) {
                    rows.add(rowView(g, t, row, units.getOrDefault(row.id, List.of()),
                            results.getOrDefault(row.id, List.of()), latest, today));
                }
                tasks.add(new PlanViews.Task(t.number, t.label, t.title, rows));
            }
            goals.add(new PlanViews.Goal(g.number, g.label, g.title, tasks));
        }
        List<PlanViews.Decision> decisions = PlanDecision.of(plan).stream()
                .map(d -> new PlanViews.Decision(d.rowNumber, d.seedText, d.decision)).toList();
        // the notice that issued the plan, where it is published under its 文号 (browser walk: no way from the plan to it)
        String notice = org.zwgk.portal.documents.DocNumbers.sharedWith(plan.docNumber, null)
                .map(d -> org.zwgk.portal.web.Routes.document(d.id)).orElse(null);
        return new PlanViews.Plan(plan.code, plan.title, plan.year, plan.owner.name, plan.docNumber, plan.issuedOn,
                today, goals, decisions, notice);
    }

    private PlanViews.Row rowView(PlanGoal goal, PlanTask task, PlanRow row, List<PlanRowUnit> units, List<PlanResult> results,
                                  Map<String, ResultStatus> latest, LocalDate today) {
        List<PlanViews.Unit> lead = new ArrayList<>();
        List<PlanViews.Unit> responsible = new ArrayList<>();
        boolean allLeadDone = true;
        for (PlanRowUnit u : units) {
            PlanViews.Unit view = unitView(row, u, latest, today);
            (u.role == PlanRowUnit.Role.LEAD ? lead : responsible).add(view);
            if (u.role == PlanRowUnit.Role.LEAD && view.done() < view.organizations().size()) {
                allLeadDone = false;
            }
        }
        ResultStatus status = !lead.isEmpty() && allLeadDone ? ResultStatus.DONE
                : results.isEmpty() ? ResultStatus.NOT_STARTED : ResultStatus.IN_PROGRESS;
        List<PlanViews.Result> resultViews = results.stream().map(this::resultView).toList();
        return new PlanViews.Row(row.number, goal.title, task.label, task.title, row.text, row.leadAsWritten,
                row.responsibleAsWritten, lead, responsible, row.due, row.dueFrom, row.dueNote, status,
                daysOverdue(status, row.due, today), resultViews);
    }

    private static PlanViews.Unit unitView(PlanRow row, PlanRowUnit u, Map<String, ResultStatus> latest, LocalDate today) {
        List<Organization> members = members(u);
        int notStarted = 0, inProgress = 0, done = 0;
        for (Organization o : members) {
            switch (latest.getOrDefault(row.id + ":" + o.id, ResultStatus.NOT_STARTED)) {
                case DONE -> done++;
                case IN_PROGRESS -> inProgress++;
                default -> notStarted++;
            }
        }
        ResultStatus status = done == members.size() && done > 0 ? ResultStatus.DONE
                : done + inProgress > 0 ? ResultStatus.IN_PROGRESS : ResultStatus.NOT_STARTED;
        return new PlanViews.Unit(u.name(), u.group != null ? u.group.code : u.organization.code, u.group != null,
                members.stream().map(o -> o.name).toList(), status, daysOverdue(status, row.due, today),
                notStarted, inProgress, done);
    }

    static List<Organization> members(PlanRowUnit u) {
        if (u.organization != null) {
            return List.of(u.organization);
        }
        return u.group.members.stream().sorted(Comparator.comparingInt((Organization o) -> o.sortOrder).thenComparing(o -> o.code)).toList();
    }

    private PlanViews.Result resultView(PlanResult r) {
        Document doc = r.draft.document;
        List<PlanViews.Evidence> evidence = new ArrayList<>();
        for (Long id : r.evidence) {
            Document e = Document.findById(id);
            if (e != null && e.isListed()) {
                evidence.add(new PlanViews.Evidence(e.id, privacy.mask(e.meta.title), Routes.document(e.id), MessageBundles.get(org.zwgk.portal.documents.DocumentLabels.class).disclosure(e.meta.disclosure)));
            }
        }
        return new PlanViews.Result(doc.id, r.organization.name, r.organization.code, r.status, privacy.mask(doc.meta.title),
                Routes.document(doc.id), doc.publishedAt, evidence, MessageBundles.get(org.zwgk.portal.documents.DocumentLabels.class).disclosure(doc.meta.disclosure));
    }

    static boolean isPublic(PlanResult r) {
        return r.draft.status == DraftStatus.PUBLISHED && r.draft.document != null && r.draft.document.isListed();
    }

    /** May this organization report on this row: named on it, or a member of a group named on it. */
    static boolean named(PlanRow row, Organization org) {
        return PlanRowUnit.of(row).stream().anyMatch(u -> org.equals(u.organization)
                || (u.group != null && u.group.members.contains(org)));
    }

    /** What a unit sends as its result on a row. */
    public record ReportInput(String organization, String status, String title, String body, String evidence) {
    }

    /**
     * A result on a row, as a draft in the unit's 工作要点 channel. Refused (403, nothing written) when
     * the organization is not named on the row, or the user is not its editor.
     */
    @Transactional
    public Draft report(PortalUser user, String planCode, int rowNumber, ReportInput in, Actor actor) {
        ownership.requireLoggedIn(user);
        WorkPlan plan = plan(planCode);
        PlanRow row = row(plan, rowNumber);
        String orgCode = in.organization() == null ? "" : in.organization().strip();
        Organization org = Organization.findByCode(orgCode)
                .orElseThrow(() -> UserError.badInput("organization", m -> labels().unknownOrganization(orgCode)));
        if (!named(row, org)) {
            throw UserError.forbidden(m -> labels().notNamedOnRow(org.name, row.number));
        }
        ownership.require(user, Role.EDITOR, org);
        ResultStatus status = parseStatus(in.status());
        List<Long> evidence = evidence(in.evidence());
        Channel channel = Channel.findByCode(org.code + RESULT_CHANNEL_SUFFIX)
                .orElseThrow(() -> UserError.conflict(m -> labels().noResultChannel(org.name)));
        DraftInput draft = new DraftInput();
        draft.type = DocumentType.TASK_RESULT.name();
        draft.title = in.title() == null || in.title().isBlank()
                ? labels().defaultResultTitle(plan.year, row.number, org.name) : in.title().strip();
        draft.body = body(in.body(), status, evidence, plan, row);
        draft.disclosure = Disclosure.PROACTIVE.name();
        Draft d = workflow.create(user, channel.code, draft, actor);
        PlanResult r = new PlanResult();
        r.row = row;
        r.organization = org;
        r.draft = d;
        r.status = status;
        r.createdAt = Instant.now(clock);
        r.createdBy = user.username();
        r.evidence.addAll(evidence);
        r.persist();
        audit.record(actor, "plan.result", "plan_result", r.id, plan.code + " row " + row.number + " " + org.code
                + " 状态=" + status + " 稿件=" + d.id + " 佐证=" + evidence);
        return d;
    }

    /**
     * The result's text as published: what the unit wrote, then the row it reports on, its status and
     * its evidence as links, so the reviewer approves what the public will read. The editor may reword
     * it, but it goes to review only still stating that status and evidence ({@link ResultDraftCheck}).
     */
    private static String body(String text, ResultStatus status, List<Long> evidence, WorkPlan plan, PlanRow row) {
        if (text == null || text.isBlank()) {
            return text;   // the draft's own validation answers for a missing body
        }
        PlanMessages m = labels();
        StringBuilder b = new StringBuilder(text.strip()).append("\n\n---\n\n");
        b.append(m.bodyRow("《" + plan.title + "》", row.number, PlanRoutes.row(plan.code, row.number))).append("\n\n");
        b.append(m.bodyStatus(m.status(status))).append("\n");
        if (!evidence.isEmpty()) {
            b.append("\n").append(m.evidence()).append("：\n\n");
            for (Long id : evidence) {
                Document d = Document.findById(id);
                b.append("- [").append(d.meta.title.replace("[", "［").replace("]", "］")).append("](")
                        .append(Routes.document(id)).append(")\n");
            }
        }
        return b.toString();
    }

    private static ResultStatus parseStatus(String value) {
        try {
            return ResultStatus.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw UserError.badInput("status", m -> labels().badStatus());
        }
    }

    /** Evidence as typed: one document per line (a list as {@link DocumentLookup#references} splits it), as its address (…/documents/123), id, 文号 or 索引号; each published. */
    static List<Long> evidence(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (String l : DocumentLookup.references(text)) {
            DocumentLookup.Result found = DocumentLookup.find(l);
            if (!found.found()) {
                throw UserError.badInput("evidence", found.refusal());
            }
            ids.add(found.document().id);
        }
        if (ids.size() > 20) {
            throw UserError.badInput("evidence", x -> labels().tooMuchEvidence(20));
        }
        return List.copyOf(ids);
    }

    /** The rows naming an organization (directly or through a group), with its own standing on each. */
    @Transactional
    public List<PlanViews.OrgRow> rowsOf(String planCode, Organization org) {
        PlanViews.Plan view = view(plan(planCode), today());
        List<PlanViews.OrgRow> out = new ArrayList<>();
        for (PlanViews.Row row : view.rows()) {
            String role = null;
            if (row.leadNames().contains(org.name)) {
                role = "LEAD";
            } else if (row.responsibleNames().contains(org.name)) {
                role = "RESPONSIBLE";
            }
            if (role != null) {
                ResultStatus s = ownStatus(row, org.code);
                out.add(new PlanViews.OrgRow(row, role, s, daysOverdue(s, row.due(), view.today())));
            }
        }
        return out;
    }

    private static ResultStatus ownStatus(PlanViews.Row row, String orgCode) {
        ResultStatus s = ResultStatus.NOT_STARTED;
        for (PlanViews.Result r : row.results()) {
            if (r.organizationCode().equals(orgCode)) {
                s = r.status();
            }
        }
        return s;
    }

    /** The dashboard: by unit (every organization a row names) and by task, overdue first. */
    @Transactional
    public PlanViews.Dashboard dashboard(String planCode) {
        return dashboard(plan(planCode), today());
    }

    PlanViews.Dashboard dashboard(WorkPlan plan, LocalDate today) {
        PlanViews.Plan view = view(plan, today);
        Map<String, int[]> units = new LinkedHashMap<>();
        Map<String, Long> unitMax = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<Organization> orgs = Organization.listOrdered();
        Map<String, String> codeByName = new HashMap<>();
        orgs.forEach(o -> codeByName.put(o.name, o.code));
        for (Organization o : orgs) {
            names.put(o.code, o.displayName());
        }
        for (PlanViews.Row row : view.rows()) {
            Set<String> named = new LinkedHashSet<>(row.leadNames());
            named.addAll(row.responsibleNames());
            for (String name : named) {
                String code = codeByName.get(name);
                ResultStatus s = ownStatus(row, code);
                long days = daysOverdue(s, row.due(), today);
                int[] c = units.computeIfAbsent(code, k -> new int[5]);
                count(c, s, days);
                unitMax.merge(code, days, Math::max);
            }
        }
        List<PlanViews.Count> byUnit = new ArrayList<>();
        for (Organization o : orgs) {
            int[] c = units.get(o.code);
            if (c != null) {
                byUnit.add(new PlanViews.Count(o.code, names.get(o.code), PlanRoutes.unit(plan.code, o.code), c[0], c[1], c[2], c[3],
                        c[4], unitMax.getOrDefault(o.code, 0L)));
            }
        }
        List<PlanViews.Count> byTask = new ArrayList<>();
        for (PlanViews.Goal g : view.goals()) {
            for (PlanViews.Task t : g.tasks()) {
                int[] c = new int[5];
                long max = 0;
                for (PlanViews.Row row : t.rows()) {
                    count(c, row.status(), row.daysOverdue());
                    max = Math.max(max, row.daysOverdue());
                }
                byTask.add(new PlanViews.Count(String.valueOf(t.number()), t.label() + t.title(),
                        PlanRoutes.plan(plan.code) + "#task-" + t.number(), c[0], c[1], c[2], c[3], c[4], max));
            }
        }
        Comparator<PlanViews.Count> overdueFirst = Comparator.comparingInt(PlanViews.Count::overdue).reversed()
                .thenComparing(Comparator.comparingLong(PlanViews.Count::maxDaysOverdue).reversed());
        byUnit.sort(overdueFirst);
        byTask.sort(overdueFirst);
        return new PlanViews.Dashboard(view, byUnit, byTask, policiesWithoutInterpretation(today));
    }

    private static void count(int[] c, ResultStatus s, long daysOverdue) {
        c[0]++;
        switch (s) {
            case NOT_STARTED -> c[1]++;
            case IN_PROGRESS -> c[2]++;
            case DONE -> c[3]++;
        }
        if (daysOverdue > 0) {
            c[4]++;
        }
    }

    /** Row 13: published policies of a type that needs an interpretation and has none linked, oldest first. */
    List<PlanViews.PolicyWithout> policiesWithoutInterpretation(LocalDate today) {
        List<PlanViews.PolicyWithout> out = new ArrayList<>();
        List<Document> policies = Document.list("status = ?1 and meta.type = ?2 and meta.disclosure = ?3 order by publishedAt",
                org.zwgk.portal.documents.DocumentStatus.PUBLISHED, DocumentType.POLICY, Disclosure.PROACTIVE);
        Set<Long> interpreted = new java.util.HashSet<>(org.zwgk.portal.documents.DocumentLink
                .<org.zwgk.portal.documents.DocumentLink>list("linkType", org.zwgk.portal.documents.LinkType.INTERPRETS)
                .stream().filter(l -> org.zwgk.portal.documents.Interpretations.isInterpretation(l.source)).map(l -> l.target.id).toList());
        for (Document d : policies) {
            if (!interpreted.contains(d.id) && org.zwgk.portal.documents.Interpretations.required(d) && d.publishedAt != null) {
                LocalDate on = d.publishedAt.atZone(PortalConfig.ZONE).toLocalDate();
                out.add(new PlanViews.PolicyWithout(d.id, privacy.mask(d.meta.title), d.organization.name,
                        Routes.document(d.id), on, ChronoUnit.DAYS.between(on, today)));
            }
        }
        return out;
    }

    static PlanMessages labels() {
        return MessageBundles.get(PlanMessages.class);
    }
}
