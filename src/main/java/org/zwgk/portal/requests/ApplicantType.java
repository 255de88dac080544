package org.zwgk.portal.requests;

/**
 * Who applies, as the annual report's table 3 counts them: a natural person, or one of the five kinds
 * of legal person or other organization.
 */
public enum ApplicantType {
    NATURAL_PERSON, COMMERCIAL, RESEARCH, PUBLIC_WELFARE, LEGAL_SERVICE, OTHER_ORGANIZATION;

    public boolean organization() {
        return this != NATURAL_PERSON;
    }
}
