package org.zwgk.portal.about;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the site's frame and the pages it links to: main navigation entries, footer, 联系我们,
 * 网站地图, statements, the developer page ({@code about:…}; texts in about_zh_CN.properties).
 */
@MessageBundle(value = "about", locale = "zh-CN")
public interface AboutMessages {

    // navigation and head
    String navPolicies();
    String navInteraction();
    String navServices();
    String feedLatest();
    String feedChannel(String channel);
    /** After 长辈版/标准版 on a page answering a form, which the switch leaves open. */
    String switchInNewWindow();

    // footer
    String footerSponsor(String name);
    String footerUndertaker(String name);
    String footerSiteCode(String code);
    String footerAddress(String address);
    String footerPhone(String phone);
    String footerEmail(String email);
    String footerLinks();
    String govSiteMark();
    String errorReport();
    String page(String page);
    String developers();

    // staff warning
    String placeholderWarning();
    String siteField(String key);

    // 联系我们
    String contactIntro();
    String contactAddress();
    String contactPostcode();
    String contactPhone();
    String contactEmail();
    String contactHotline();
    String contactDirectory();
    String contactDirectoryNote();
    String contactColumnOrganization();
    String contactColumnPhone();

    // 网站地图
    String sitemapMain();
    String sitemapPlans();
    String sitemapChannels();
    String sitemapAbout();
    String sitemapMachine();

    // statements and the two entries
    String statement(String page);

    // developers
    String devIntro();
    String devSearch();
    String devDocuments();
    String devDocument();
    String devSuggest();
    String devFeeds();
    String devOpenApi();
    String devLimits();
}
