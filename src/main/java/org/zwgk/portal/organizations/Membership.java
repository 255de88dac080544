package org.zwgk.portal.organizations;

import org.zwgk.portal.access.Role;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** One role of one account in one organization. The account is referenced by id: accounts own their table. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntity {

    @Column(name = "account_id")
    public Long accountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization organization;

    @Enumerated(EnumType.STRING)
    public Role role;

    public static List<Membership> ofAccount(long accountId) {
        return list("from Membership m join fetch m.organization where m.accountId = ?1", accountId);
    }

    public static List<Membership> ofOrganization(Organization org) {
        return list("organization = ?1 order by accountId, role", org);
    }
}
