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

    public static final List<String> KEYS = List.of("name", "portalTitle", "sponsor", "undertaker", "siteCode", "icp",
            "publicSecurity", "conacUrl", "address", "postcode", "phone", "email", "hotline", "errorReportUrl", "emblem", "banner",
            "application.recipient", "application.address", "application.postcode", "application.phone",
            "application.hours", "application.email",
            "disclosure.guideChannel", "disclosure.rulesChannel", "disclosure.annualReportPrefix",
            "statutory.a19", "statutory.a20-1", "statutory.a20-2", "statutory.a20-3", "statutory.a20-4",
            "statutory.a20-5", "statutory.a20-6", "statutory.a20-7", "statutory.a20-8", "statutory.a20-9",
            "statutory.a20-10", "statutory.a20-11", "statutory.a20-12", "statutory.a20-13", "statutory.a20-14",
            "statutory.a20-15", "reconsideration.superior");

    /** A value not yet registered says so in site.yaml; citizens never see it, staff are warned. */
    public static final String PLACEHOLDER = "待登记";

    /** The registration marks and the footer contacts whose placeholders the workbench warns about. */
    static final List<String> REGISTERED = List.of("siteCode", "icp", "publicSecurity", "conacUrl", "sponsor",
            "undertaker", "address", "phone", "email", "errorReportUrl");

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

    /** A setting as written in site.yaml, placeholder or not; "" when absent. */
    public String get(String key) {
        return settings.getOrDefault(key, "");
    }

    /** A setting a citizen may see: "" when absent or still a placeholder (待登记). */
    public String shown(String key) {
        String value = get(key);
        return value.contains(PLACEHOLDER) ? "" : value;
    }

    /** The keys of site.yaml that still hold a placeholder or are missing: what staff are warned about. */
    public List<String> placeholders() {
        return REGISTERED.stream().filter(k -> shown(k).isBlank()).toList();
    }

    /** A space- or comma-separated list setting (channel codes). */
    public List<String> codes(String key) {
        String value = shown(key).trim();
        return value.isEmpty() ? List.of() : List.of(value.split("[\\s,，]+"));
    }

    public String undertaker() {
        return shown("undertaker");
    }

    public String email() {
        return shown("email");
    }

    public String postcode() {
        return shown("postcode");
    }

    public String hotline() {
        return shown("hotline");
    }

    public String errorReportUrl() {
        return shown("errorReportUrl");
    }

    /** The 党政机关网站标识's page at the registry (bszs.conac.cn), "" until registered. */
    public String conacUrl() {
        return shown("conacUrl");
    }

    /** The ICP registry where anyone checks the ICP number. */
    public String icpUrl() {
        return "https://beian.miit.gov.cn/";
    }

    /** The public security registry's page for this site's 公安机关备案号 (its digits). */
    public String publicSecurityUrl() {
        String digits = publicSecurity().replaceAll("\\D", "");
        return "https://www.beian.gov.cn/portal/registerSystemInfo" + (digits.isEmpty() ? "" : "?recordcode=" + digits);
    }

    public String name() {
        return get("name");
    }

    public String portalTitle() {
        return get("portalTitle");
    }

    public String sponsor() {
        return shown("sponsor");
    }

    public String siteCode() {
        return shown("siteCode");
    }

    public String icp() {
        return shown("icp");
    }

    public String publicSecurity() {
        return shown("publicSecurity");
    }

    public String address() {
        return shown("address");
    }

    public String phone() {
        return shown("phone");
    }
}
