package org.zwgk.portal.channels;

import org.zwgk.portal.audit.AuditLog.Actor;

/**
 * What a channel holds, as far as a merge needs: the documents feature implements it, so channels
 * know nothing of documents.
 */
public interface ChannelContents {

    /** Moves everything published in {@code from} to {@code into}; returns how many items moved. */
    int moveAll(Channel from, Channel into, Actor actor);
}
