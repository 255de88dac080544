package org.zwgk.portal.access;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese labels of this feature's enums ({@code accesslabel:…} in templates; texts in accesslabel_zh_CN.properties). */
@MessageBundle(value = "accesslabel", locale = "zh-CN")
public interface AccessLabels {

    String role(org.zwgk.portal.access.Role value);
}
