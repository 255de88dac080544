package org.zwgk.portal.organizations;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese texts of this feature beside the shared bundle: labels of its enums ({@code orglabel:…} in templates; texts in orglabel_zh_CN.properties). */
@MessageBundle(value = "orglabel", locale = "zh-CN")
public interface OrganizationLabels {

    String memberField(NewColleague.Field value);

    /** An org admin adding an account that holds a role in another unit ({@code units}, may be empty: a site-wide role). */
    String memberOfAnotherUnit(String units);
}
