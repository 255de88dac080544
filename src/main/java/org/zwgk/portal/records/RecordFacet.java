package org.zwgk.portal.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The public value of a facetable field of a published record: what the list filters match. */
@Entity
@Table(name = "record_facet")
@IdClass(RecordFacet.Key.class)
public class RecordFacet extends PanacheEntityBase {

    public record Key(Long recordId, String fieldName) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public Long recordId;
    @Id
    public String fieldName;
    public String fieldValue;
}
