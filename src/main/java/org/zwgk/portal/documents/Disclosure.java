package org.zwgk.portal.documents;

/** 公开属性: only proactively disclosed documents reach public pages. */
public enum Disclosure {
    PROACTIVE, ON_APPLICATION, WITHHELD
}
