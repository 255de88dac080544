package org.zwgk.portal.requests;

/** The identity document a natural person gives (身份证件). */
public enum IdType {
    RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGN_RESIDENCE, OTHER
}
