package org.zwgk.portal.channels;

/**
 * Fired inside the transaction that changed a channel's name, description or owner, or merged it:
 * what public pages show of it is out of date once the transaction commits.
 */
public record ChannelChanged(String code) {
}
