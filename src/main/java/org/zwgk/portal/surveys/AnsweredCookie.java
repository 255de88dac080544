package org.zwgk.portal.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.zwgk.portal.common.PortalConfig;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Remembers in the citizen's browser that it answered a survey, so the survey's page says so instead of
 * offering the form again. A reminder, not a limit: anyone may clear it; the signed form token and the
 * per-address limit are what count an answer once.
 */
@ApplicationScoped
class AnsweredCookie {

    private final PortalConfig config;

    AnsweredCookie(PortalConfig config) {
        this.config = config;
    }

    static String name(long surveyId) {
        return "survey-" + surveyId;
    }

    /** Kept on the survey's own pages until the day after it closes. */
    NewCookie of(Survey survey, LocalDate today) {
        long days = Math.max(1, Math.min(400, ChronoUnit.DAYS.between(today, survey.closesOn) + 1));
        return new NewCookie.Builder(name(survey.id)).value("answered").path("/hudong/surveys/" + survey.id)
                .httpOnly(true).secure(config.security().cookieSecure()).sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) (days * 86_400)).build();
    }
}
