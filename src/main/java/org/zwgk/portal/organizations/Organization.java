package org.zwgk.portal.organizations;

import org.zwgk.portal.access.Owner;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** 单位 / 机关: a government body. Its unit code is the first part of every 索引号 it allocates. */
@Entity
@Table(name = "organization")
public class Organization extends PanacheEntity implements Owner {

    public String code;
    public String name;
    public String shortName;
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    public OrganizationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization parent;

    public int sortOrder;
    /** How many reviewers in turn approve before publication (三审 = 3). */
    public int reviewLevels = 1;

    /** How many reviewers in turn approve before publication here (at least one), each another person. */
    public int requiredReviewers() {
        return Math.max(1, reviewLevels);
    }
    /** The public enquiry phone (咨询电话) listed in the hotline directory; null when none is known. */
    public String phone;

    @Override
    public String code() {
        return code;
    }

    @Override
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }

    public static Optional<Organization> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Organization> listOrdered() {
        return list("order by sortOrder, code");
    }

    /** These organizations, in the site's order: for a choice staff see by name, not by code. */
    public static List<Organization> ordered(java.util.Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1 order by sortOrder, code", codes);
    }

    /** The organizations a citizen may send a 依申请公开 request to, or a request be transferred to. */
    public static List<Organization> receivingRequests() {
        return listOrdered().stream().filter(o -> o.type.receivesRequests()).toList();
    }
}
