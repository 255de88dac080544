package org.zwgk.portal.organizations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.privacy.PublicNumbers;
import org.zwgk.portal.web.SiteInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The phone numbers organizations publish (the hotline directory from {@code content/organizations.yaml},
 * the site's phone and hotline from {@code content/site.yaml}): the de-identification gate leaves them.
 */
@ApplicationScoped
class OrganizationPhones implements PublicNumbers {

    private final SiteInfo site;

    OrganizationPhones(SiteInfo site) {
        this.site = site;
    }

    @Override
    @Transactional
    public Collection<String> publicNumbers() {
        List<String> out = new ArrayList<>(Organization.getEntityManager()
                .createQuery("select o.phone from Organization o where o.phone is not null", String.class).getResultList());
        out.add(site.phone());
        out.add(site.hotline());
        return out;
    }
}
