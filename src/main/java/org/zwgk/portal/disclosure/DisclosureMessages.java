package org.zwgk.portal.disclosure;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the 政府信息公开 专栏 ({@code xxgk:…} in templates; texts in xxgk_zh_CN.properties). */
@MessageBundle(value = "xxgk", locale = "zh-CN")
public interface DisclosureMessages {

    String column();
    String part(String part);
    String partIntro(String part);
    String notYetPublished(String part);
    String notYetPublishedOrg(String organization, String part);
    String category(String key);
    String categoryArticle(String key);
    String categoryNone();

    String recordsLink(String name);
    String reportsNone(int year, java.time.LocalDate due, boolean late);

    String reportsAll(long count);
    String reportsColumnOrganization();
    String reportsColumnReports();
    String applyByLetter();
    String applyRecipient();
    String applyAddress();
    String applyPostcode();
    String applyPhone();
    String applyHours();
    String applyEnvelope();
    String applyContents();
    String applyContent1();
    String applyContent2();
    String applyContent3();
    String applyDeadline();
    String applyFee();
    String applyOrganization(String organization);
    String applyHotline(String hotline);
    String applyGuide();

    /** The catalogue lines with nothing under them yet, folded below the others. */
    String emptyEntries(int count);
}
