package org.zwgk.portal.annualreport;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.util.Optional;

/** What an organization's editor entered for one year's report: hand figures and the text sections. */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;
    @Column(name = "report_year")
    public int year;
    /** Hand-entered figures as a JSON object of key → number. */
    public String figures;
    public String overview;
    public String problems;
    public String otherMatters;
    /** The draft last made from this report, in the review workflow. */
    public Long draftId;
    @Version
    public long lockVersion;
    public Instant updatedAt;
    public String updatedBy;

    public static Optional<AnnualReport> of(Organization org, int year) {
        return find("organization = ?1 and year = ?2", org, year).firstResultOptional();
    }
}
