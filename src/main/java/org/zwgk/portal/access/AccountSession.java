package org.zwgk.portal.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A local login session; the cookie holds a random token, the table only its SHA-256. */
@Entity
@Table(name = "account_session")
public class AccountSession extends PanacheEntityBase {

    @Id
    public String tokenHash;
    @Column(name = "account_id")
    public Long accountId;
    public Instant createdAt;
    public Instant lastSeenAt;
    public Instant expiresAt;
    public String address;
    /** The account's failed logins between the previous login and this one, shown to its owner. */
    public int failuresBefore;
    public Instant lastFailureAt;
    public String lastFailureAddress;
}
