package org.zwgk.portal.records;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** An organization's choice per record type: batches from its systems publish at once, or wait for review. */
@Entity
@Table(name = "record_intake_setting")
@IdClass(IntakeSetting.Key.class)
public class IntakeSetting extends PanacheEntityBase {

    public record Key(Long organizationId, String typeCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public Long organizationId;
    @Id
    public String typeCode;
    public boolean publishAtOnce;

    public static boolean publishAtOnce(long organizationId, String typeCode) {
        IntakeSetting s = findById(new Key(organizationId, typeCode));
        return s != null && s.publishAtOnce;
    }
}
