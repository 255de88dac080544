package org.zwgk.portal.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Search settings under {@code portal.search.*}. */
@ConfigMapping(prefix = "portal.search")
public interface SearchConfig {

    /** The analysis chain chosen by measurement (docs/search.md); changing it rebuilds the index. */
    @WithDefault(AnalysisChain.KEPT)
    AnalysisChain analysis();

    /** Upper bound on how long a published change waits before it is searchable. */
    @WithDefault("0.2")
    double maxStaleSeconds();

    /** Answers kept for repeated searches; emptied whenever the index changes. 0 turns it off. */
    @WithDefault("2000")
    int resultCacheSize();

    /** Searches run at once; the rest queue in arrival order. 0 means one per core (SearchGate). */
    @WithDefault("0")
    int concurrency();

    /** How long a search may wait for its turn before the answer is 503 "busy". */
    @WithDefault("10s")
    java.time.Duration queueTimeout();

    /**
     * From how many entries (documents and their articles) a compaction also reorders them so that
     * entries sharing words sit together (EntryOrder): minutes of both cores at a million, faster
     * searches after. 0 never.
     */
    @WithDefault("500000")
    int reorderMinEntries();

    /** When the index merges its segments (Quartz cron, server time). */
    @WithDefault("0 30 3 * * ?")
    String compactCron();

}
