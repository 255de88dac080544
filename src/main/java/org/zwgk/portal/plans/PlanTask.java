package org.zwgk.portal.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 任务: one of a goal's tasks ((一) … (十一)), numbered through the whole plan. */
@Entity
@Table(name = "plan_task")
public class PlanTask extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public PlanGoal goal;
    @Column(name = "seq_no")
    public int number;
    public String label;
    public String title;
}
