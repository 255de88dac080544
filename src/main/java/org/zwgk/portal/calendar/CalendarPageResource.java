package org.zwgk.portal.calendar;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.web.ErrorResponses;
import org.zwgk.portal.web.PageRequest;
import org.zwgk.portal.web.UserError;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The holiday arrangements the portal counts deadlines by, a year at a time, and a request's answer
 * deadline from its day of receipt: what the API gives, for citizens who want to check the date a
 * receipt or status page names (browser walk: only the API had it).
 */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
public class CalendarPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(CalendarYear shown, List<Integer> years, String received, Deadline deadline,
                                                String error);
    }

    /**
     * The answer deadline of a request received on a day, and the latest day once extended; {@code authorityPaused}:
     * whether the regulation leaves out the time another authority is consulted (Decree 711 Art. 33; 492 only a third party's).
     */
    public record Deadline(LocalDate received, String regulation, int workingDays, LocalDate deadline, int extensionDays,
                           LocalDate extended, boolean provisional, boolean extendedProvisional, boolean authorityPaused) {
    }

    private static final int TYPED_SHOWN = 20;

    private final WorkingDays workingDays;
    private final Clock clock;

    CalendarPageResource(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @GET
    public Response page(@RestQuery String year, @RestQuery String received, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        HolidayCalendar calendar = workingDays.calendar();
        List<Integer> years = calendar.years().stream().map(CalendarYear::year).toList();
        int first = calendar.firstYear().orElse(0);
        int last = calendar.lastYear().orElse(0);
        int thisYear = Instant.now(clock).atZone(PortalConfig.ZONE).getYear();
        int asked = PageRequest.intParameter(year, Math.min(Math.max(thisYear, first), last), "year");
        CalendarYear shown = calendar.years().stream().filter(y -> y.year() == asked).findFirst()
                .orElseThrow(() -> UserError.notFound(m -> text().calNoYear(asked, first, last)));
        String typed = received == null ? "" : received.strip();
        Deadline deadline = null;
        String error = null;
        if (typed.isEmpty() && uri.getQueryParameters().containsKey("received")) {
            // 计算 pressed with no day (browser walk: the page came back as if nothing had been asked)
            error = text().calNoDate();
        } else if (!typed.isEmpty()) {
            try {
                deadline = deadline(typed, first, last);
            } catch (UserError e) {
                error = e.message(MessageBundles.get(org.zwgk.portal.web.Messages.class));
            }
        }
        TemplateInstance page = Templates.calendar(shown, years, typed, deadline, error);
        return error == null ? Response.ok(page).build() : ErrorResponses.page(400, page.render());
    }

    private Deadline deadline(String typed, int first, int last) {
        LocalDate day;
        try {
            day = LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            String shown = typed.length() > TYPED_SHOWN ? typed.substring(0, TYPED_SHOWN) + "…" : typed;
            throw UserError.badInput("received", m -> text().calBadDate(shown));
        }
        Regulation regulation = Regulation.inForceOn(day)
                .orElseThrow(() -> UserError.badInput("received", m -> m.calendarBeforeRegulation()));
        try {
            LocalDate due = workingDays.addWorkingDays(day, regulation.answerWorkingDays());
            LocalDate extended = workingDays.addWorkingDays(due, regulation.extensionWorkingDays());
            return new Deadline(day, regulation.label(), regulation.answerWorkingDays(), due,
                    regulation.extensionWorkingDays(), extended, workingDays.provisionalYearBetween(day, due).isPresent(),
                    workingDays.provisionalYearBetween(day, extended).isPresent(), regulation.consultationPauseLimit(true) > 0);
        } catch (NoCalendarForYear e) {
            throw UserError.badInput("received", m -> text().calNoYear(e.year(), first, last));
        }
    }

    static CalendarMessages text() {
        return MessageBundles.get(CalendarMessages.class);
    }
}
