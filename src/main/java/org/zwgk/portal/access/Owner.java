package org.zwgk.portal.access;

/** What the ownership rule needs to know of an owning organization: its code and the name people read. */
public interface Owner {
    String code();

    String displayName();
}
