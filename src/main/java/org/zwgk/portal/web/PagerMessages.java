package org.zwgk.portal.web;

import io.quarkus.qute.i18n.MessageBundle;

/** The pager's numbered links ({@code pg:…}; pg_zh_CN.properties). */
@MessageBundle(value = "pg", locale = "zh-CN")
public interface PagerMessages {

    String pageNumber(int page);

    String pageCurrent(int page);

    String pageGap();

    String jumpTo();

    String jumpPage();

    String jumpGo();

    String jumpLabel(int pages);

    /** A list's first page shown for a page number that is none ({@code page}, as typed): web.PageAsked. */
    String badPage(String page);
}
