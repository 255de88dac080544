package org.zwgk.portal.channels;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese labels of this feature's enums ({@code channellabel:…} in templates; texts in channellabel_zh_CN.properties). */
@MessageBundle(value = "channellabel", locale = "zh-CN")
public interface ChannelLabels {

    String channelKind(org.zwgk.portal.channels.ChannelKind value);
    String freshness(org.zwgk.portal.channels.Freshness.State value);
    String channelField(ChannelEdit.Field value);
}
