package org.zwgk.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Everything the portal reads from configuration under {@code portal.*}. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /** The portal shows and counts dates in China Standard Time, whatever the server's zone. */
    java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** All state lives here: the H2 database, attachments, the search index. */
    Path dataDir();

    /** The content repository (organizations, channels, documents as files). */
    Path contentDir();

    Content content();

    IndexNumber indexNumber();

    Search search();

    interface Search {
        /** The analysis chain chosen by measurement (docs/search.md); changing it rebuilds the index. */
        @WithDefault(org.zwgk.portal.search.AnalysisChain.KEPT)
        org.zwgk.portal.search.AnalysisChain analysis();

        /** Upper bound on how long a published change waits before it is searchable. */
        @WithDefault("0.2")
        double maxStaleSeconds();

        /** Answers kept for repeated searches; emptied whenever the index changes. 0 turns it off. */
        @WithDefault("2000")
        int resultCacheSize();
    }

    interface Content {
        /** The embedded default imports content at start; production imports by command. */
        @WithDefault("true")
        boolean importOnStart();
    }

    interface IndexNumber {
        /** Placeholders {unit}, {year} and {serial}. */
        @WithDefault("{unit}/{year}-{serial}")
        String pattern();

        @WithDefault("5")
        int serialWidth();
    }
}
