package org.zwgk.portal.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.attachments.AttachedFile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A file attached to the answer to a request (the information released), in the content-addressed
 * store. Never public: no address serves it except the status lookup with code and secret and the
 * receiving organization's workbench; never indexed.
 */
@Entity
@Table(name = "info_request_file")
public class RequestFile extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public InfoRequest request;
    @Embedded
    public AttachedFile file = new AttachedFile();
    public String uploadedBy;
    public Instant uploadedAt;

    public static List<RequestFile> of(InfoRequest request) {
        return list("request = ?1 order by id", request);
    }

    /** The file by its id, only if it belongs to this request. */
    public static Optional<RequestFile> of(InfoRequest request, long id) {
        return find("request = ?1 and id = ?2", request, id).firstResultOptional();
    }
}
