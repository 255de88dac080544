package org.zwgk.portal.records;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One published state of a record: kept for ever, so nothing published is silently changed. */
@Entity
@Table(name = "record_version")
public class RecordVersion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public RecordEntry record;

    public int version;
    public String fieldValues;
    public String changeNote;
    public Instant publishedAt;
    public String publishedBy;
    public LocalDate dueOn;
    public boolean late;

    public static List<RecordVersion> of(RecordEntry r) {
        return list("record = ?1 order by version desc", r);
    }
}
