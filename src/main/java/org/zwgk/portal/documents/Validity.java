package org.zwgk.portal.documents;

/** 有效性 of a policy document: 有效 / 失效 / 废止 / 已修改. */
public enum Validity {
    VALID, EXPIRED, REPEALED, AMENDED
}
