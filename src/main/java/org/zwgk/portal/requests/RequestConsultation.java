package org.zwgk.portal.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One consultation while a request is handled: of a third party whose rights the information touches
 * (Decree 711 Art. 32) or of another authority that made it together with this one (Art. 34). Its
 * working days do not count in the answer period (Art. 33), at most the 15 the consulted side has.
 */
@Entity
@Table(name = "info_request_consultation")
public class RequestConsultation extends PanacheEntity {

    public enum Kind { THIRD_PARTY, AUTHORITY }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public InfoRequest request;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String note;
    public LocalDate startedOn;
    /** Null while it runs. */
    public LocalDate endedOn;
    public String startedBy;

    public RequestClock.Period period() {
        return new RequestClock.Period(startedOn, endedOn, kind);
    }
}
