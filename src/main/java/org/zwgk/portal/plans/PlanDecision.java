package org.zwgk.portal.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** How a slip or an unclear name in the plan's source was read (kept, never silently fixed). */
@Entity
@Table(name = "plan_decision")
public class PlanDecision extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public WorkPlan plan;
    /** The row it concerns; 0 for the plan as a whole. */
    @Column(name = "row_no")
    public int rowNumber;
    public String seedText;
    public String decision;
    public int sortOrder;

    public static List<PlanDecision> of(WorkPlan plan) {
        return list("plan = ?1 order by sortOrder", plan);
    }
}
