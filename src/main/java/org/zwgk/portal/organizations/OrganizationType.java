package org.zwgk.portal.organizations;

/** What kind of government body an organization is; labels live in the message bundle. */
public enum OrganizationType {
    GOVERNMENT, OFFICE, DEPARTMENT, TOWN, AGENCY
}
