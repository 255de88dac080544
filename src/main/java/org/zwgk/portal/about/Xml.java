package org.zwgk.portal.about;

import jakarta.ws.rs.core.UriInfo;

/** Small helpers for the machine-readable files (sitemap, Atom): escaping and absolute addresses. */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 forbids never reach a feed reader
                    if (Character.isSurrogate(c)) {
                        // a pair is one character; half of one is not XML and not UTF-8
                        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        }
                    } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The portal's own address, without a trailing slash: {@code portal.public-url}, or when that is not
     * set the address the client reached (behind the proxy: the forwarded one). A sitemap, robots.txt
     * and a feed must name absolute addresses; taken from the request, a forged Host would choose them.
     */
    static String base(UriInfo uri, org.zwgk.portal.common.PortalConfig config) {
        return config.publicBase().orElseGet(() -> {
            String base = uri.getBaseUri().toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        });
    }
}
