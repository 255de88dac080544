package org.zwgk.portal.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.organizations.Organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a plan file into the database, idempotently: rows are kept by number (results point to
 * them), their text, units and due dates follow the file. Runs inside the content import's
 * transaction; a problem is returned, and the importer then writes nothing at all.
 */
@ApplicationScoped
public class PlanImport {

    private final AuditLog audit;

    PlanImport(AuditLog audit) {
        this.audit = audit;
    }

    /** Problems as (row number or 0, message); empty when the plan was written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> apply(PlanSpec spec, Actor actor) {
        List<String> problems = new ArrayList<>();
        Organization owner = Organization.findByCode(spec.organization()).orElse(null);
        if (owner == null) {
            problems.add("organization '" + spec.organization() + "' is not defined");
            return problems;
        }
        Set<Integer> numbers = new HashSet<>();
        Set<String> groupCodes = new HashSet<>();
        spec.groups().forEach(g -> groupCodes.add(g.code()));
        for (PlanSpec.Group g : spec.groups()) {
            for (String m : g.members()) {
                if (Organization.findByCode(m).isEmpty()) {
                    problems.add("group '" + g.code() + "': organization '" + m + "' is not defined");
                }
            }
        }
        for (PlanSpec.Goal goal : spec.goals()) {
            for (PlanSpec.Task task : goal.tasks()) {
                for (PlanSpec.Row row : task.rows()) {
                    if (!numbers.add(row.number())) {
                        problems.add("row " + row.number() + " is numbered twice");
                    }
                    if (row.lead().isEmpty()) {
                        problems.add("row " + row.number() + " has no lead unit");
                    }
                    for (String u : concat(row.lead(), row.responsible())) {
                        if (!groupCodes.contains(u) && Organization.findByCode(u).isEmpty()) {
                            problems.add("row " + row.number() + ": unit '" + u + "' is neither an organization nor a group of the plan");
                        }
                    }
                    if (row.due() != null && row.due().getYear() != spec.year()) {
                        problems.add("row " + row.number() + ": due " + row.due() + " is outside the plan year " + spec.year());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        WorkPlan plan = WorkPlan.findByCode(spec.code()).orElseGet(WorkPlan::new);
        boolean created = plan.id == null;
        plan.code = spec.code();
        plan.title = spec.title();
        plan.year = spec.year();
        plan.owner = owner;
        plan.docNumber = spec.docNumber();
        plan.issuedOn = spec.issuedOn();
        if (created) {
            plan.persist();
        }
        Map<String, PlanGroup> groups = new HashMap<>();
        for (PlanSpec.Group g : spec.groups()) {
            PlanGroup group = PlanGroup.<PlanGroup>find("plan = ?1 and code = ?2", plan, g.code()).firstResultOptional().orElseGet(PlanGroup::new);
            group.plan = plan;
            group.code = g.code();
            group.name = g.name();
            group.members.clear();
            g.members().forEach(m -> group.members.add(Organization.findByCode(m).orElseThrow()));
            if (group.id == null) {
                group.persist();
            }
            groups.put(g.code(), group);
        }
        boolean changed = created;
        for (PlanSpec.Goal g : spec.goals()) {
            PlanGoal goal = PlanGoal.<PlanGoal>find("plan = ?1 and number = ?2", plan, g.number()).firstResultOptional().orElseGet(PlanGoal::new);
            goal.plan = plan;
            goal.number = g.number();
            goal.label = g.label();
            goal.title = g.title();
            if (goal.id == null) {
                goal.persist();
            }
            for (PlanSpec.Task t : g.tasks()) {
                PlanTask task = PlanTask.<PlanTask>find("goal.plan = ?1 and number = ?2", plan, t.number()).firstResultOptional().orElseGet(PlanTask::new);
                task.goal = goal;
                task.number = t.number();
                task.label = t.label();
                task.title = t.title();
                if (task.id == null) {
                    task.persist();
                }
                for (PlanSpec.Row r : t.rows()) {
                    PlanRow row = PlanRow.find(plan, r.number()).orElseGet(PlanRow::new);
                    LocalDate due = r.due() != null ? r.due() : LocalDate.of(spec.year(), 12, 31);
                    changed |= row.id == null || !Objects.equals(row.text, r.text()) || !Objects.equals(row.due, due);
                    row.plan = plan;
                    row.task = task;
                    row.number = r.number();
                    row.text = r.text();
                    row.leadAsWritten = r.leadAsWritten();
                    row.responsibleAsWritten = r.responsibleAsWritten();
                    row.due = due;
                    row.dueFrom = r.dueFrom();
                    row.dueNote = r.dueNote();
                    if (row.id == null) {
                        row.persist();
                    }
                    PlanRowUnit.delete("row", row);
                    addUnits(row, PlanRowUnit.Role.LEAD, r.lead(), groups);
                    addUnits(row, PlanRowUnit.Role.RESPONSIBLE, r.responsible(), groups);
                }
            }
        }
        PlanDecision.delete("plan", plan);
        int order = 0;
        for (PlanSpec.Decision d : spec.decisions()) {
            PlanDecision decision = new PlanDecision();
            decision.plan = plan;
            decision.rowNumber = d.row();
            decision.seedText = d.seed();
            decision.decision = d.decision();
            decision.sortOrder = order++;
            decision.persist();
        }
        if (changed) {
            audit.record(actor, "plan.save", "plan", plan.id, plan.code + " " + numbers.size() + " rows");
        }
        return problems;
    }

    private static void addUnits(PlanRow row, PlanRowUnit.Role role, List<String> codes, Map<String, PlanGroup> groups) {
        int order = 0;
        for (String code : codes) {
            PlanRowUnit u = new PlanRowUnit();
            u.row = row;
            u.role = role;
            u.group = groups.get(code);
            u.organization = u.group == null ? Organization.findByCode(code).orElseThrow() : null;
            u.sortOrder = order++;
            u.persist();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
