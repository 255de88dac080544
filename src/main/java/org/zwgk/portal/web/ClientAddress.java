package org.zwgk.portal.web;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, as the audit log and the login throttle need it: one that the
 * client cannot choose.
 *
 * <p>A connection from anywhere but a trusted proxy ({@code quarkus.http.proxy.trusted-proxies})
 * is its own address, whatever headers it sends. From a trusted proxy, {@code X-Forwarded-For} is
 * read from the right: each entry was appended by the hop to its right, so the first entry (from the
 * right) that is not itself a trusted proxy is the address that a proxy we trust saw. Everything to
 * its left was written by the client and is ignored. An entry that is not an IP address ends the
 * walk: the answer is then the last hop that we can vouch for, never an empty or invented value.
 *
 * <p>Quarkus' own forwarding (which takes the first, client-written entry) stays on for the scheme
 * and host; only the address is decided here, from the socket's peer.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class);
    static final String UNKNOWN = "unknown";

    private final boolean forwarding;
    private final List<Cidr> trusted;

    ClientAddress(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
                  @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.forwarding = forwarding;
        this.trusted = new ArrayList<>();
        for (String entry : trustedProxies.orElse(List.of())) {
            Cidr cidr = Cidr.parse(entry.strip());
            if (cidr == null) {
                LOG.warnf("quarkus.http.proxy.trusted-proxies: %s is not an address or CIDR range; the portal does not trust it "
                        + "for client addresses", entry);
            } else {
                trusted.add(cidr);
            }
        }
    }

    /** The client's address for the current request (IPv6 in its short form, e.g. {@code ::1}). */
    public String of(HttpServerRequest request) {
        // the socket's peer: request.remoteAddress() is what Quarkus' forwarding made of the headers
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress() : request.remoteAddress();
        return resolve(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    /** The address that the nearest trusted hop saw, given the socket's peer and the X-Forwarded-For header lines. */
    String resolve(String peer, List<String> forwardedFor) {
        InetAddress current = parse(peer);
        if (current == null) {
            return peer == null || peer.isBlank() ? UNKNOWN : peer;
        }
        if (!forwarding || !isTrusted(current)) {
            return format(current);
        }
        List<String> entries = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String entry : line.split(",", -1)) {
                entries.add(entry.strip());
            }
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            InetAddress hop = parse(entries.get(i));
            if (hop == null) {
                break;
            }
            current = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return format(current);
    }

    private boolean isTrusted(InetAddress address) {
        for (Cidr cidr : trusted) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** An IPv4 or IPv6 literal (never a host name: no lookup happens here), or null. */
    static InetAddress parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 47) {
            return null;
        }
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!NetUtil.isValidIpV4Address(s) && !(NetUtil.isValidIpV6Address(s) && s.indexOf('%') < 0)) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(s);
        try {
            // an IPv4-mapped IPv6 address comes back as the IPv4 address it maps
            return bytes == null ? null : InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * What the per-address limits count by: an IPv4 address itself, an IPv6 address as its /64
     * ({@code 2001:db8:1:1::/64}): a subscriber or host holds at least a whole /64 (often a /56 or a
     * /48), and each of its addresses would otherwise start afresh. A /64 is the floor, not the whole
     * answer: a /56 still gives 256 keys. Anything else as given.
     */
    public static String network(String address) {
        InetAddress parsed = parse(address);
        if (parsed == null) {
            return address;
        }
        if (parsed.getAddress().length != 16) {
            return format(parsed);
        }
        byte[] bytes = parsed.getAddress();
        java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
        try {
            return format(InetAddress.getByAddress(bytes)) + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** 127.0.0.1, or IPv6 in the RFC 5952 short form (::1, 2001:db8::1). */
    static String format(InetAddress address) {
        return NetUtil.toAddressString(address);
    }

    /** An address range: an address alone, or address/prefix length. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = ClientAddress.parse(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                return null;
            }
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
                if (prefix < 0 || prefix > bits) {
                    return null;
                }
            }
            return new Cidr(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
