package org.zwgk.portal.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 目标: one of a plan's goals (一、二、三 …). */
@Entity
@Table(name = "plan_goal")
public class PlanGoal extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public WorkPlan plan;
    @Column(name = "seq_no")
    public int number;
    public String label;
    public String title;
}
