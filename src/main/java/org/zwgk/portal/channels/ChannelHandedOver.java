package org.zwgk.portal.channels;

import org.zwgk.portal.audit.AuditLog.Actor;

/**
 * A channel went to another owner ({@code into} is the same channel, transferred) or into another
 * channel (merged): what is still being written for {@code from} goes with it. Fired inside the site
 * admin's transaction, so the channel and its open work change hands together or not at all.
 * {@code previousOwner}: who owned {@code from} before (a transfer has already changed its owner).
 */
public record ChannelHandedOver(Channel from, Channel into, org.zwgk.portal.organizations.Organization previousOwner, Actor actor) {
}
