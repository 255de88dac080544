package org.zwgk.portal.supervision;

import io.quarkus.qute.i18n.MessageBundle;

/** Staff texts of the inspection checks ({@code insp:…}; texts in insp_zh_CN.properties). */
@MessageBundle(value = "insp", locale = "zh-CN")
public interface InspectionMessages {

    String blankSummary(long count, int limit);
    String blankOverLimit();
    String blankMark();
}
