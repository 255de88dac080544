package org.zwgk.portal.about;

import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.zwgk.portal.common.PortalConfig;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The absolute address sitemap.xml, robots.txt and the feeds are written with: never a forged Host when the site's is configured. */
class XmlBaseTest {

    static UriInfo reachedAs(String base) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (p, m, a) -> m.getName().equals("getBaseUri") ? URI.create(base) : null);
    }

    static PortalConfig publicUrl(String url) {
        return (PortalConfig) Proxy.newProxyInstance(PortalConfig.class.getClassLoader(), new Class<?>[]{PortalConfig.class},
                (p, m, a) -> m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(p, m, a)
                        : m.getName().equals("publicUrl") ? Optional.ofNullable(url) : null);
    }

    @Test
    void theConfiguredPublicAddressWinsOverTheHostARequestSent() {
        UriInfo forged = reachedAs("http://evil.example/");
        assertThat(Xml.base(forged, publicUrl("https://xxgk.ks.gov.cn/"))).isEqualTo("https://xxgk.ks.gov.cn");
        assertThat(Xml.base(forged, publicUrl("  "))).as("blank: as reached").isEqualTo("http://evil.example");
        assertThat(Xml.base(reachedAs("http://[::1]:8080/"), publicUrl(null))).isEqualTo("http://[::1]:8080");
    }

    @Test
    void aFeedNeverCarriesHalfACharacterOrOneXmlForbids() {
        assertThat(Xml.escape("关于补贴\ud800发放\udc00的\u0007咨询\uffff")).isEqualTo("关于补贴发放的咨询");
        assertThat(Xml.escape("𠀾<b>&\"'")).as("a pair is one character").isEqualTo("𠀾&lt;b&gt;&amp;&quot;&apos;");
    }
}
