package org.zwgk.portal.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Creates a (unit, year) counter row in its own transaction, so two first publishers cannot both create it. */
@ApplicationScoped
class IndexNumberCounters {

    private final EntityManager em;

    IndexNumberCounters(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void create(String unitCode, int year) {
        em.createNativeQuery("insert into index_number_counter (unit_code, counter_year, last_serial) values (?1, ?2, 0)")
                .setParameter(1, unitCode).setParameter(2, year).executeUpdate();
    }
}
