package org.zwgk.portal.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thresholds of the 政府网站与政务新媒体检查指标 the channel freshness page checks against ({@code portal.inspection.*}). */
@ConfigMapping(prefix = "portal.inspection")
public interface InspectionConfig {

    /**
     * How many 空白栏目 (open channels with nothing published) a site may have: the 检查指标 vetoes a
     * site with more than 5. Empty channels are never shown to citizens, but each one still counts here
     * until it publishes or is merged away.
     */
    @WithDefault("5")
    int blankChannelLimit();
}
