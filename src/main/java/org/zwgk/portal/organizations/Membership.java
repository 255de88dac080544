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

    /** The codes of the organizations where some account holds this role. */
    public static java.util.Set<String> organizationsWith(Role role) {
        return new java.util.HashSet<>(getEntityManager().createQuery(
                "select distinct m.organization.code from Membership m where m.role = :role", String.class)
                .setParameter("role", role).getResultList());
    }

    public static List<Membership> ofOrganization(Organization org) {
        return list("organization = ?1 order by accountId, role", org);
    }
}
