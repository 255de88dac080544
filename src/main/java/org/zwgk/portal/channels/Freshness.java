package org.zwgk.portal.channels;

import org.zwgk.portal.catalog.DocumentType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How up to date a channel is, against the 政府网站与政务新媒体检查指标: news (动态、要闻) and
 * new-media accounts must not go two weeks without an update, notices (通知公告) and policy
 * documents (政策文件) not six months. Other channels have no limit.
 */
public record Freshness(Instant lastPublished, Long days, Integer limitDays, State state) {

    public enum State { OK, DUE_SOON, OVERDUE, NO_LIMIT, CLOSED }

    static final int NEWS_DAYS = 14;
    static final int NOTICE_DAYS = 183;

    public static Freshness of(Channel channel, Instant lastPublished, LocalDate today) {
        Integer limit = limitDays(channel);
        Long days = lastPublished == null ? null
                : ChronoUnit.DAYS.between(lastPublished.atZone(org.zwgk.portal.common.PortalConfig.ZONE).toLocalDate(), today);
        State state;
        if (!channel.isOpen()) {
            state = State.CLOSED;
        } else if (limit == null) {
            state = State.NO_LIMIT;
        } else if (days == null || days > limit) {
            state = State.OVERDUE;
        } else if (days > limit * 0.8) {
            state = State.DUE_SOON;
        } else {
            state = State.OK;
        }
        return new Freshness(lastPublished, days, limit, state);
    }

    static Integer limitDays(Channel channel) {
        if (channel.isNewMedia() || channel.defaultType == DocumentType.NEWS) {
            return NEWS_DAYS;
        }
        if (channel.defaultType == DocumentType.NOTICE || channel.defaultType == DocumentType.POLICY) {
            return NOTICE_DAYS;
        }
        return null;
    }

    public String css() {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
