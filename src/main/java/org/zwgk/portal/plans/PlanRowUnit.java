package org.zwgk.portal.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;

import java.util.List;

/** A unit a row names: an organization or a group, as lead (牵头) or responsible (责任). */
@Entity
@Table(name = "plan_row_unit")
public class PlanRowUnit extends PanacheEntity {

    public enum Role { LEAD, RESPONSIBLE }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public PlanRow row;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_role")
    public Role role;
    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;
    @ManyToOne(fetch = FetchType.LAZY)
    public PlanGroup group;
    public int sortOrder;

    public String name() {
        return organization != null ? organization.displayName() : group.name;
    }

    public static List<PlanRowUnit> of(PlanRow row) {
        return list("row = ?1 order by role, sortOrder", row);
    }

    public static List<PlanRowUnit> ofPlan(WorkPlan plan) {
        return list("row.plan = ?1 order by row.number, role, sortOrder", plan);
    }
}
