package org.zwgk.portal.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;

import java.util.HashSet;
import java.util.Set;

/** A group a plan names instead of its members (市各有关部门, 各区镇 …): every member may report on its rows. */
@Entity
@Table(name = "plan_group")
public class PlanGroup extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public WorkPlan plan;
    public String code;
    public String name;

    @ManyToMany
    @JoinTable(name = "plan_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    public Set<Organization> members = new HashSet<>();
}
