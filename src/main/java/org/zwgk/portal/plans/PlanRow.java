package org.zwgk.portal.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 主要内容: one numbered row of a plan, with its units as the plan writes them and its due date. */
@Entity
@Table(name = "plan_row")
public class PlanRow extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public WorkPlan plan;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public PlanTask task;
    @Column(name = "seq_no")
    public int number;
    @Column(name = "row_text")
    public String text;
    public String leadAsWritten;
    public String responsibleAsWritten;
    public LocalDate due;
    /** The words of the text the due date was read from (年内, 年底前 …), or why none applies. */
    public String dueFrom;
    /** A per-case time limit inside the row (1个工作日内 …), shown next to the due date. */
    public String dueNote;

    public static List<PlanRow> of(WorkPlan plan) {
        return list("plan = ?1 order by number", plan);
    }

    public static Optional<PlanRow> find(WorkPlan plan, int number) {
        return find("plan = ?1 and number = ?2", plan, number).firstResultOptional();
    }
}
