package org.zwgk.portal.channels;

/** A section of the website, or a government new-media account (两微一端). */
public enum ChannelKind {
    SECTION, WEIBO, WECHAT, APP
}
