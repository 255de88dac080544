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
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
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
