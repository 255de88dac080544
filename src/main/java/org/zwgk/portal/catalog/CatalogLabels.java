package org.zwgk.portal.catalog;

import io.quarkus.qute.i18n.MessageBundle;

/** Chinese labels of this feature's enums ({@code cataloglabel:…} in templates; texts in cataloglabel_zh_CN.properties). */
@MessageBundle(value = "cataloglabel", locale = "zh-CN")
public interface CatalogLabels {

    String docType(org.zwgk.portal.catalog.DocumentType value);
}
