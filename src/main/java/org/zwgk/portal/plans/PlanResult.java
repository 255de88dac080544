package org.zwgk.portal.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.workflow.Draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's result on a row: a draft of type TASK_RESULT that goes through review like any other;
 * public once its draft is published, and then it is that document.
 */
@Entity
@Table(name = "plan_result")
public class PlanResult extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public PlanRow row;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    public Draft draft;
    @Enumerated(EnumType.STRING)
    public ResultStatus status;
    public Instant createdAt;
    public String createdBy;

    /** Published documents this result points to as evidence (document ids, in order). */
    @ElementCollection
    @CollectionTable(name = "plan_evidence", joinColumns = @JoinColumn(name = "result_id"))
    @Column(name = "document_id")
    @OrderColumn(name = "sort_order")
    public List<Long> evidence = new ArrayList<>();

    public static List<PlanResult> ofPlan(WorkPlan plan) {
        return list("row.plan = ?1 order by createdAt", plan);
    }

    public static List<PlanResult> ofRow(PlanRow row) {
        return list("row = ?1 order by createdAt", row);
    }
}
