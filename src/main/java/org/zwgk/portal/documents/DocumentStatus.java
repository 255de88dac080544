package org.zwgk.portal.documents;

/**
 * Where a document stands. Only PUBLISHED documents are listed; a WITHDRAWN one keeps a public page
 * with its reason, without its text, files or earlier versions; one REMOVED because it was published
 * in error answers 410 Gone.
 */
public enum DocumentStatus {
    DRAFT, PUBLISHED, WITHDRAWN, REMOVED
}
