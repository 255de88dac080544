package org.zwgk.portal.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An annual work plan (工作要点): goals, tasks and numbered rows, owned by the organization that issued it. */
@Entity
@Table(name = "work_plan")
public class WorkPlan extends PanacheEntity {

    /** The plan's identifier in URLs and the API, e.g. kunshan-2018. */
    public String code;
    public String title;
    @Column(name = "plan_year")
    public int year;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization owner;
    public String docNumber;
    public LocalDate issuedOn;

    public static Optional<WorkPlan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<WorkPlan> listOrdered() {
        return list("order by year desc, code");
    }
}
