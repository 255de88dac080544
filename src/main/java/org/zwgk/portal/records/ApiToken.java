package org.zwgk.portal.records;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An intake token a site admin issued to one organization's business system, for some or all of the
 * record types it publishes. Only its SHA-256 is stored; the token itself is shown once.
 */
@Entity
@Table(name = "record_api_token")
public class ApiToken extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;

    /** Comma-separated record type codes; null or blank: every type the organization publishes. */
    public String typeCodes;
    public String name;
    public String tokenHash;
    public String tokenPrefix;
    public Instant createdAt;
    public String createdBy;
    public Instant revokedAt;
    public String revokedBy;
    public Instant lastUsedAt;

    public boolean allows(String type) {
        return typeCodes == null || typeCodes.isBlank() || types().contains(type);
    }

    public List<String> types() {
        return typeCodes == null || typeCodes.isBlank() ? List.of()
                : Arrays.stream(typeCodes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static Optional<ApiToken> byHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public static List<ApiToken> listNewestFirst() {
        return list("order by createdAt desc");
    }
}
