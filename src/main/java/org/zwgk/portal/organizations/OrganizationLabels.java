package org.zwgk.portal.organizations;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese labels of this feature's enums ({@code orglabel:…} in templates; texts in orglabel_zh_CN.properties). */
@MessageBundle(value = "orglabel", locale = "zh-CN")
public interface OrganizationLabels {

    String memberField(NewColleague.Field value);
}
