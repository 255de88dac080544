package org.zwgk.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's identity (names, 网站标识码, registration marks) from {@code content/site.yaml}, held in
 * memory so that rendering a page never waits for the database. Templates read it as {@code inject:site}.
 */
@Named("site")
@ApplicationScoped
public class SiteInfo {

    public static final List<String> KEYS =
            List.of("name", "portalTitle", "sponsor", "siteCode", "icp", "publicSecurity", "address", "phone");

    private final EntityManager em;
    private volatile Map<String, String> settings = Map.of();

    SiteInfo(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void reload() {
        Map<String, String> loaded = new HashMap<>();
        em.createNativeQuery("select setting_key, setting_value from site_setting", Object[].class)
                .getResultList()
                .forEach(row -> loaded.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
        settings = Map.copyOf(loaded);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Map<String, String> values) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            int updated = em.createNativeQuery("update site_setting set setting_value = ?1 where setting_key = ?2")
                    .setParameter(1, e.getValue()).setParameter(2, e.getKey()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into site_setting (setting_key, setting_value) values (?1, ?2)")
                        .setParameter(1, e.getKey()).setParameter(2, e.getValue()).executeUpdate();
            }
        }
    }

    private String get(String key) {
        return settings.getOrDefault(key, "");
    }

    public String name() {
        return get("name");
    }

    public String portalTitle() {
        return get("portalTitle");
    }

    public String sponsor() {
        return get("sponsor");
    }

    public String siteCode() {
        return get("siteCode");
    }

    public String icp() {
        return get("icp");
    }

    public String publicSecurity() {
        return get("publicSecurity");
    }

    public String address() {
        return get("address");
    }

    public String phone() {
        return get("phone");
    }
}
