package org.zwgk.portal.records;

/**
 * How a field's value is made fit for the public: a private person's name masked (张**), free text
 * through the gate's masking of ID and phone numbers, hidden altogether, or public as it is (a
 * representative's name, a company's legal representative).
 */
public enum Personal {
    NAME, TEXT, HIDE, NONE
}
