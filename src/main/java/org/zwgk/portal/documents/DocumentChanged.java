package org.zwgk.portal.documents;

/**
 * Fired inside the transaction of every change to a document. {@code listed} is null when the
 * document must leave every public view (draft, withdrawn, removed, not proactively disclosed).
 * Observers that act on it should do so after the transaction succeeds.
 */
public record DocumentChanged(long id, PublicDocument listed) {

    static DocumentChanged of(Document d) {
        return new DocumentChanged(d.id, d.isListed() ? PublicDocument.of(d) : null);
    }
}
