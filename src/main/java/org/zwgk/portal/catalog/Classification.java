package org.zwgk.portal.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** One node of a classification tree (a topic such as 财政、金融、审计, or a genre such as 通知). */
@Entity
@Table(name = "classification")
public class Classification extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    public ClassificationScheme scheme;

    public String code;
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    public Classification parent;

    public int sortOrder;

    public static Optional<Classification> find(ClassificationScheme scheme, String code) {
        return find("scheme = ?1 and code = ?2", scheme, code).firstResultOptional();
    }

    public static List<Classification> listScheme(ClassificationScheme scheme) {
        return list("scheme = ?1 order by sortOrder, code", scheme);
    }
}
