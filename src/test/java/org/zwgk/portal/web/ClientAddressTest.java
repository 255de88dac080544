package org.zwgk.portal.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How the client's address is read from the peer and X-Forwarded-For (no application started). */
class ClientAddressTest {

    /** As shipped: forwarding on, loopback trusted (application.properties). */
    private final ClientAddress shipped = new ClientAddress(true, Optional.of(List.of("127.0.0.1", "::1/128")));

    @Test
    void aPeerThatIsNoTrustedProxyIsItsOwnAddressWhateverItSends() {
        assertThat(shipped.resolve("203.0.113.5", List.of("6.6.6.99"))).isEqualTo("203.0.113.5");
        assertThat(shipped.resolve("203.0.113.5", List.of("6.6.6.99, 127.0.0.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void fromATrustedProxyTheRightmostEntryThatIsNoTrustedProxyCounts() {
        // nginx appending ($proxy_add_x_forwarded_for): the client wrote 6.6.6.99, nginx saw 198.51.100.7
        assertThat(shipped.resolve("127.0.0.1", List.of("6.6.6.99, 198.51.100.7"))).isEqualTo("198.51.100.7");
        // nginx replacing ($remote_addr), as shipped
        assertThat(shipped.resolve("127.0.0.1", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        // two local hops
        assertThat(shipped.resolve("::1", List.of("6.6.6.99, 198.51.100.7, 127.0.0.1"))).isEqualTo("198.51.100.7");
        // header split over several lines
        assertThat(shipped.resolve("127.0.0.1", List.of("6.6.6.99", "198.51.100.7"))).isEqualTo("198.51.100.7");
        // no header: the proxy itself
        assertThat(shipped.resolve("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
        // everyone in the chain is a trusted proxy: the farthest one
        assertThat(shipped.resolve("127.0.0.1", List.of("::1, 127.0.0.1"))).isEqualTo("::1");
    }

    @Test
    void aMalformedEntryEndsTheWalkAtTheLastHopWeCanVouchFor() {
        assertThat(shipped.resolve("127.0.0.1", List.of("not-an-ip"))).isEqualTo("127.0.0.1");
        assertThat(shipped.resolve("127.0.0.1", List.of(""))).isEqualTo("127.0.0.1");
        assertThat(shipped.resolve("127.0.0.1", List.of("6.6.6.99, not-an-ip"))).isEqualTo("127.0.0.1");
        assertThat(shipped.resolve("127.0.0.1", List.of("6.6.6.99,"))).isEqualTo("127.0.0.1");
        assertThat(shipped.resolve("127.0.0.1", List.of("not-an-ip, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(shipped.resolve("127.0.0.1", List.of("198.51.100.7:4711"))).isEqualTo("127.0.0.1");
        assertThat(shipped.resolve("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
        assertThat(shipped.resolve("127.0.0.1", List.of("fe80::1%eth0"))).isEqualTo("127.0.0.1");
        assertThat(shipped.resolve("127.0.0.1", List.of("x".repeat(5000)))).isEqualTo("127.0.0.1");
    }

    @Test
    void hostNamesAreNeverLookedUp() {
        assertThat(shipped.resolve("127.0.0.1", List.of("localhost"))).isEqualTo("127.0.0.1");
        assertThat(shipped.resolve("127.0.0.1", List.of("example.com"))).isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6IsGivenInItsShortFormAndMappedIpv4AsIpv4() {
        assertThat(shipped.resolve("0:0:0:0:0:0:0:1", List.of())).isEqualTo("::1");
        assertThat(shipped.resolve("127.0.0.1", List.of("2001:DB8:0:0:0:0:0:1"))).isEqualTo("2001:db8::1");
        assertThat(shipped.resolve("127.0.0.1", List.of("[2001:db8::1]"))).isEqualTo("2001:db8::1");
        assertThat(shipped.resolve("::ffff:127.0.0.1", List.of("198.51.100.7"))).as("a mapped loopback is trusted").isEqualTo("198.51.100.7");
        assertThat(shipped.resolve("::ffff:198.51.100.7", List.of())).isEqualTo("198.51.100.7");
    }

    @Test
    void withoutForwardingOrTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress off = new ClientAddress(false, Optional.of(List.of("127.0.0.1")));
        assertThat(off.resolve("127.0.0.1", List.of("198.51.100.7"))).isEqualTo("127.0.0.1");
        ClientAddress none = new ClientAddress(true, Optional.empty());
        assertThat(none.resolve("127.0.0.1", List.of("198.51.100.7"))).isEqualTo("127.0.0.1");
    }

    @Test
    void rangesAreTrustedByPrefixAndHostNamesInTheListAreNot() {
        ClientAddress lan = new ClientAddress(true, Optional.of(List.of("10.0.0.0/8", "fd00::/8", "proxy.internal", "10.0.0.1/99")));
        assertThat(lan.resolve("10.1.2.3", List.of("6.6.6.99, 198.51.100.7, 10.9.9.9"))).isEqualTo("198.51.100.7");
        assertThat(lan.resolve("fd12::1", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(lan.resolve("11.1.2.3", List.of("198.51.100.7"))).isEqualTo("11.1.2.3");
        assertThat(lan.resolve("fe80::1", List.of("198.51.100.7"))).isEqualTo("fe80::1");
    }

    @Test
    void neverEmpty() {
        assertThat(shipped.resolve(null, List.of("198.51.100.7"))).isEqualTo("unknown");
        assertThat(shipped.resolve("", List.of("198.51.100.7"))).isEqualTo("unknown");
    }

    @Test
    void theLimitsCountAnIpv6AddressByItsSlash64() {
        assertThat(ClientAddress.network("2001:db8:1:1::7")).isEqualTo("2001:db8:1:1::/64");
        assertThat(ClientAddress.network("2001:db8:1:1:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:1::/64");
        assertThat(ClientAddress.network("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.network("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.network("unknown")).isEqualTo("unknown");
    }
}
