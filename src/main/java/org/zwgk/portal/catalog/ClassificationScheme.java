package org.zwgk.portal.catalog;

/** The two classification trees of the disclosure catalogue: 主题分类 and 体裁分类. */
public enum ClassificationScheme {
    TOPIC, GENRE
}
