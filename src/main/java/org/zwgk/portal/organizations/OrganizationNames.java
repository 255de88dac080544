package org.zwgk.portal.organizations;

import io.quarkus.qute.TemplateExtension;

/** An organization's name where a page holds only its code (a person's roles by organization). */
@TemplateExtension(namespace = "orgname")
public class OrganizationNames {

    static String of(String code) {
        return code == null ? "" : Organization.findByCode(code).map(o -> o.name).orElse(code);
    }
}
