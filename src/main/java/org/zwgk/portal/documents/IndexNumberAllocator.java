package org.zwgk.portal.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.organizations.Organization;

/**
 * Allocates 索引号 from the configured pattern. The counter row for (unit, year) is bumped with an
 * UPDATE, which holds its row lock until the transaction ends: concurrent publishers queue up, and a
 * serial once handed out is never handed out again, even if the document is later removed.
 */
@ApplicationScoped
public class IndexNumberAllocator {

    private final EntityManager em;
    private final IndexNumberCounters counters;
    private final PortalConfig.IndexNumber config;

    IndexNumberAllocator(EntityManager em, IndexNumberCounters counters, PortalConfig config) {
        this.em = em;
        this.counters = counters;
        this.config = config.indexNumber();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String allocate(Organization organization, int year) {
        return format(organization.unitCode, year, nextSerial(organization.unitCode, year));
    }

    String format(String unitCode, int year, int serial) {
        String padded = String.format("%0" + config.serialWidth() + "d", serial);
        return config.pattern()
                .replace("{unit}", unitCode)
                .replace("{year}", Integer.toString(year))
                .replace("{serial}", padded);
    }

    private int nextSerial(String unitCode, int year) {
        if (bump(unitCode, year) == 0) {
            try {
                counters.create(unitCode, year);
            } catch (RuntimeException e) {
                // another publisher created the row first; it is there now either way
            }
            if (bump(unitCode, year) == 0) {
                throw new IllegalStateException("no 索引号 counter for " + unitCode + "/" + year);
            }
        }
        Number serial = (Number) em.createNativeQuery(
                        "select last_serial from index_number_counter where unit_code = ?1 and counter_year = ?2")
                .setParameter(1, unitCode).setParameter(2, year).getSingleResult();
        return serial.intValue();
    }

    private int bump(String unitCode, int year) {
        return em.createNativeQuery(
                        "update index_number_counter set last_serial = last_serial + 1 where unit_code = ?1 and counter_year = ?2")
                .setParameter(1, unitCode).setParameter(2, year).executeUpdate();
    }
}
