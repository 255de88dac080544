package org.zwgk.portal.calendar;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zwgk.portal.web.Problem;
import org.zwgk.portal.web.UserError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Working-day arithmetic as JSON (stable: other tools rely on its shape). Bad input is a 400 with
 * problem JSON naming every wrong parameter.
 */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "工作日计算：按国务院办公厅公布的节假日和调休安排计算法定期限")
public class CalendarApiResource {

    /** The largest number of working days one call adds (more than a year of them). */
    public static final int MAX_WORKING_DAYS = 366;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * {@code date} is the {@code workingDays}-th working day after {@code from}; {@code provisional}:
     * counted over a year whose holiday notice is not out yet (its regulation's holidays, no 调休).
     */
    public record Added(LocalDate from, int workingDays, LocalDate date,
                        @Schema(description = PROVISIONAL) boolean provisional) {
    }

    /** The answer deadline of a request for government information received on {@code received}. */
    public record RequestDeadline(LocalDate received,
                                  @Schema(enumeration = {"国务院令第492号", "国务院令第711号"}) String regulation,
                                  int workingDays, LocalDate deadline,
                                  @Schema(description = PROVISIONAL) boolean provisional) {
    }

    static final String PROVISIONAL = "true when the count runs over a year whose holiday notice is not out yet: its holidays"
            + " are those the 《全国年节及纪念日放假办法》 fixes (with the weekday off owed for one on a weekend), without"
            + " swapped working days, and the date may move when the notice is entered";

    private final WorkingDays workingDays;

    CalendarApiResource(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GET
    @Path("/add")
    @Operation(summary = "The date N working days after a date",
            description = "Counts working days after `from` (the day itself is not counted): a swapped working day"
                    + " (调休上班) counts, a public holiday and an ordinary Saturday or Sunday do not. workingDays=0 gives"
                    + " `from`. 400 with problem JSON for a missing or malformed date, N outside 0–366, or a year without"
                    + " a holiday calendar.")
    @APIResponse(responseCode = "200", description = "the date")
    @APIResponse(responseCode = "400", description = "bad input or a year without a holiday calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Added add(
            @Parameter(description = "start date, YYYY-MM-DD (not counted)", required = true, example = "2018-02-12")
            @QueryParam("from") String from,
            @Parameter(description = "working days to add, 0 to 366", required = true, example = "15")
            @QueryParam("workingDays") String workingDays) {
        List<UserError.Invalid> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        Integer n = count(workingDays, problems);
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        LocalDate date = add("workingDays", start, n);
        return new Added(start, n, date, provisional(start, date));
    }

    @GET
    @Path("/request-deadline")
    @Operation(summary = "The legal answer deadline of a request for government information (依申请公开)",
            description = "The regulation in force on the day of receipt decides the clock: 国务院令第492号, 15 working days,"
                    + " for a request received before 2019-05-15; 国务院令第711号, 20 working days, from 2019-05-15 on. The"
                    + " day of receipt is not counted. Extensions, 补正 and third-party consultation are not included.")
    @APIResponse(responseCode = "200", description = "the deadline")
    @APIResponse(responseCode = "400", description = "bad date, a date before 2008-05-01, or a year without a holiday calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RequestDeadline requestDeadline(
            @Parameter(description = "day the request was received, YYYY-MM-DD", required = true, example = "2019-05-15")
            @QueryParam("received") String received) {
        List<UserError.Invalid> problems = new ArrayList<>();
        LocalDate day = date("received", received, problems);
        if (!problems.isEmpty()) {
            throw UserError.invalid(problems);
        }
        Regulation regulation = Regulation.inForceOn(day)
                .orElseThrow(() -> UserError.badInput("received", m -> m.calendarBeforeRegulation()));
        int n = regulation.answerWorkingDays();
        LocalDate deadline = add("received", day, n);
        return new RequestDeadline(day, regulation.label(), n, deadline, provisional(day, deadline));
    }

    private boolean provisional(LocalDate from, LocalDate to) {
        return workingDays.provisionalYearBetween(from, to).isPresent();
    }

    /**
     * {@code countParameter} is blamed when the start is in the calendar and only the count runs out of
     * it; the start's own parameter otherwise.
     */
    private LocalDate add(String countParameter, LocalDate from, int n) {
        try {
            return workingDays.addWorkingDays(from, n);
        } catch (NoCalendarForYear e) {
            int year = e.year();
            HolidayCalendar calendar = workingDays.calendar();
            int first = calendar.firstYear().orElse(year);
            int last = calendar.lastYear().orElse(year);
            String parameter = year == from.getYear() ? startParameter(countParameter) : countParameter;
            throw UserError.badInput(parameter, m -> m.calendarNoYear(year, first, last));
        }
    }

    private static String startParameter(String countParameter) {
        return countParameter.equals("workingDays") ? "from" : countParameter;
    }

    private static LocalDate date(String name, String value, List<UserError.Invalid> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new UserError.Invalid(name, m -> m.calendarDateRequired(name)));
            return null;
        }
        String v = value.strip();
        if (ISO_DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                // 2019-02-30 and the like: refused below
            }
        }
        String shown = v.length() > 20 ? v.substring(0, 20) + "…" : v;
        problems.add(new UserError.Invalid(name, m -> m.calendarBadDate(name, shown)));
        return null;
    }

    private static Integer count(String value, List<UserError.Invalid> problems) {
        String v = value == null ? "" : value.strip();
        if (v.matches("\\d{1,3}")) {
            int n = Integer.parseInt(v);
            if (n <= MAX_WORKING_DAYS) {
                return n;
            }
        }
        problems.add(new UserError.Invalid("workingDays", m -> m.calendarBadWorkingDays(MAX_WORKING_DAYS)));
        return null;
    }
}
