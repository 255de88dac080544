package org.zwgk.portal.documents;

/** How one document points at another. INTERPRETS: an interpretation explains a policy. */
public enum LinkType {
    INTERPRETS
}
