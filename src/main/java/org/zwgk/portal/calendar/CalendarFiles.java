package org.zwgk.portal.calendar;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code <content>/calendar/<year>.yaml}, one file per year, and checks it: known keys and
 * holiday names, ISO dates, a year's dates near its year, working days on Saturdays or Sundays, no
 * date both a holiday and a working day, no year missing between the first and the last file, and
 * a provisional year (no notice yet) only as the last one.
 * Every problem names the file and line. YAML's implicit typing is not used: dates are read as text.
 */
public final class CalendarFiles {

    /** The names a notice gives its holidays; a shared break joins two with "、". */
    static final Set<String> HOLIDAY_NAMES = Set.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节",
            "抗战胜利70周年纪念日");

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.yaml");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> TOP_KEYS = Set.of("year", "provisional", "notice", "noticeDate", "laterNotices", "holidays",
            "workdays");
    private static final Set<String> NOTICE_KEYS = Set.of("notice", "noticeDate");
    /**
     * A notice named by its title instead of its number, where the number could not be verified: it may go
     * without a date too (国务院办公厅关于2010年部分节假日安排的通知).
     */
    private static final Pattern NOTICE_TITLE = Pattern.compile("国务院(办公厅)?关于.+的通知");
    private static final Set<String> HOLIDAY_KEYS = Set.of("name", "days", "from", "to");
    /** The longest break ever announced is 10 days (春节 2020, extended); more is a typing error. */
    private static final int MAX_BREAK_DAYS = 15;

    private CalendarFiles() {
    }

    /** Every {@code <year>.yaml} of a directory; a missing directory is an empty calendar. */
    public static HolidayCalendar readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new HolidayCalendar(dir, List.of());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        TreeMap<Integer, CalendarYear> years = new TreeMap<>();
        for (Path file : files) {
            CalendarYear year = readFile(file);
            years.put(year.year(), year);
        }
        if (!years.isEmpty()) {
            for (int y = years.firstKey(); y <= years.lastKey(); y++) {
                if (!years.containsKey(y)) {
                    throw new CalendarFileError(dir.resolve(y + ".yaml"), 0,
                            "missing: the calendar has " + years.firstKey() + " to " + years.lastKey() + " but no " + y);
                }
            }
        }
        checkAcrossYears(years.values());
        for (CalendarYear y : years.values()) {
            if (y.provisional() && y.year() != years.lastKey()) {
                throw new CalendarFileError(y.file(), 0, "is provisional, but " + years.lastKey()
                        + ".yaml follows it: only the last year can wait for its notice");
            }
        }
        return new HolidayCalendar(dir, years.values());
    }

    /** One file; its name must be {@code <year>.yaml} with the same year inside. */
    public static CalendarYear readFile(Path file) {
        var m = FILE_NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new CalendarFileError(file, 0, "a calendar file is named <year>.yaml, e.g. 2027.yaml");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CalendarFileError(file, 0, "cannot be read: " + e.getMessage());
        }
        CalendarYear year = parse(file, text);
        if (year.year() != Integer.parseInt(m.group(1))) {
            throw new CalendarFileError(file, 1, "says year " + year.year() + " but the file is named " + file.getFileName());
        }
        return year;
    }

    /** The text of a calendar file; {@code file} names it in errors. */
    public static CalendarYear parse(Path file, String text) {
        return new Parser(file).parse(text);
    }

    /** A date listed in two files (once as a holiday, once as a working day, or twice) is an error. */
    private static void checkAcrossYears(Iterable<CalendarYear> years) {
        Map<LocalDate, CalendarYear> seen = new HashMap<>();
        for (CalendarYear y : years) {
            Stream.concat(y.holidays().stream().flatMap(h -> h.days().stream()), y.workdays().stream()).forEach(d -> {
                CalendarYear other = seen.putIfAbsent(d, y);
                if (other != null && other != y) {
                    throw new CalendarFileError(y.file(), 0, d + " is also listed in " + other.file());
                }
            });
        }
    }

    private static final class Parser {
        private final Path file;

        Parser(Path file) {
            this.file = file;
        }

        CalendarYear parse(String text) {
            Node root = compose(text);
            if (!(root instanceof MappingNode top)) {
                throw error(root, "expected a mapping with year, notice, noticeDate, holidays and workdays");
            }
            Map<String, Node> entries = entries(top, TOP_KEYS);
            int year = yearOf(required(top, entries, "year"));
            boolean provisional = entries.containsKey("provisional") && provisional(entries.get("provisional"));
            List<CalendarYear.Notice> notices = new ArrayList<>();
            if (provisional) {
                for (String key : List.of("notice", "noticeDate", "laterNotices", "workdays")) {
                    if (entries.containsKey(key) && !isNull(entries.get(key))) {
                        throw error(entries.get(key), "a provisional year has no " + key
                                + ": replace the file with the notice's arrangement when it is published");
                    }
                }
            } else {
                notices.add(notice(top, entries, year));
                // a notice that changed the year's arrangement later (the 2020 春节 extension)
                if (entries.containsKey("laterNotices") && !isNull(entries.get("laterNotices"))) {
                    for (Node item : sequence(entries.get("laterNotices"))) {
                        if (!(item instanceof MappingNode m)) {
                            throw error(item, "a later notice is a mapping: notice, noticeDate");
                        }
                        notices.add(notice(m, entries(m, NOTICE_KEYS), year));
                    }
                }
            }
            LocalDate earliest = LocalDate.of(year - 1, 12, 1);
            LocalDate latest = LocalDate.of(year, 12, 31);

            List<CalendarYear.Holiday> holidays = new ArrayList<>();
            Map<LocalDate, Node> holidayDays = new LinkedHashMap<>();
            for (Node item : sequence(required(top, entries, "holidays"))) {
                if (!(item instanceof MappingNode h)) {
                    throw error(item, "a holiday is a mapping: name, and days or from/to");
                }
                Map<String, Node> fields = entries(h, HOLIDAY_KEYS);
                String name = text(required(h, fields, "name"));
                for (String part : name.split("、")) {
                    if (!HOLIDAY_NAMES.contains(part)) {
                        throw error(fields.get("name"), "unknown holiday '" + part + "' (known: " + String.join(", ",
                                HOLIDAY_NAMES.stream().sorted().toList()) + ")");
                    }
                }
                List<LocalDate> days = new ArrayList<>();
                if (fields.containsKey("days")) {
                    if (fields.containsKey("from") || fields.containsKey("to")) {
                        throw error(fields.get("days"), "give either days or from/to, not both");
                    }
                    for (Node d : sequence(fields.get("days"))) {
                        days.add(inYear(d, date(d), earliest, latest));
                    }
                } else {
                    LocalDate from = inYear(required(h, fields, "from"), date(fields.get("from")), earliest, latest);
                    LocalDate to = inYear(required(h, fields, "to"), date(fields.get("to")), earliest, latest);
                    if (to.isBefore(from)) {
                        throw error(fields.get("to"), "'to' (" + to + ") is before 'from' (" + from + ")");
                    }
                    if (from.plusDays(MAX_BREAK_DAYS).isBefore(to)) {
                        throw error(fields.get("to"), "a break of more than " + MAX_BREAK_DAYS + " days is surely a typing error");
                    }
                    from.datesUntil(to.plusDays(1)).forEach(days::add);
                }
                if (days.isEmpty()) {
                    throw error(h, "holiday '" + name + "' has no days");
                }
                for (LocalDate d : days) {
                    if (holidayDays.putIfAbsent(d, h) != null) {
                        throw error(h, d + " is listed in two holidays");
                    }
                }
                holidays.add(new CalendarYear.Holiday(name, days));
            }

            List<LocalDate> workdays = new ArrayList<>();
            if (entries.containsKey("workdays") && !isNull(entries.get("workdays"))) {
                for (Node w : sequence(entries.get("workdays"))) {
                    LocalDate d = inYear(w, date(w), earliest, latest);
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        throw error(w, d + " is a " + d.getDayOfWeek().toString().toLowerCase()
                                + ": only a Saturday or Sunday can be a swapped working day");
                    }
                    if (holidayDays.containsKey(d)) {
                        throw error(w, d + " is both a holiday and a working day");
                    }
                    if (workdays.contains(d)) {
                        throw error(w, d + " is listed twice");
                    }
                    workdays.add(d);
                }
            }
            return new CalendarYear(year, provisional, notices, holidays, workdays, file);
        }

        /** notice and noticeDate; the date may be left out only for a notice named by its title (number unverified). */
        private CalendarYear.Notice notice(Node owner, Map<String, Node> fields, int year) {
            String notice = text(required(owner, fields, "notice"));
            if (!NOTICE_TITLE.matcher(notice).matches() && (!fields.containsKey("noticeDate") || isNull(fields.get("noticeDate")))) {
                throw error(owner, "'noticeDate' is missing (only a notice named by its title may go without one)");
            }
            LocalDate date = fields.containsKey("noticeDate") && !isNull(fields.get("noticeDate")) ? date(fields.get("noticeDate")) : null;
            if (date != null && date.getYear() > year) {
                throw error(fields.get("noticeDate"), "the notice for " + year + " cannot be dated after that year");
            }
            return new CalendarYear.Notice(notice, date);
        }

        private Node compose(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            try {
                Node node = new Yaml(options).compose(new StringReader(text));
                if (node == null) {
                    throw new CalendarFileError(file, 0, "is empty");
                }
                return node;
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
                throw new CalendarFileError(file, line, "not valid YAML: " + e.getProblem());
            } catch (CalendarFileError e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CalendarFileError(file, 0, "not valid YAML: " + e.getMessage());
            }
        }

        private Map<String, Node> entries(MappingNode node, Set<String> allowed) {
            Map<String, Node> entries = new LinkedHashMap<>();
            for (NodeTuple t : node.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                if (key == null || !allowed.contains(key)) {
                    throw error(t.getKeyNode(), "unknown key " + (key == null ? "" : "'" + key + "' ") + "(expected "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
                if (entries.put(key, t.getValueNode()) != null) {
                    throw error(t.getKeyNode(), "duplicate key '" + key + "'");
                }
            }
            return entries;
        }

        private Node required(Node owner, Map<String, Node> entries, String key) {
            Node value = entries.get(key);
            if (value == null || isNull(value)) {
                throw error(value == null ? owner : value, "'" + key + "' is missing");
            }
            return value;
        }

        private static boolean isNull(Node node) {
            return node instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"))
                    && s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        }

        private String text(Node node) {
            if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw error(node, "expected text");
            }
            return s.getValue().strip();
        }

        /** {@code provisional: true}; anything else is a typing error, not a quiet "no". */
        private boolean provisional(Node node) {
            String value = text(node);
            if (!value.equals("true")) {
                throw error(node, "provisional is written 'provisional: true' (or left out once the notice is in the file)");
            }
            return true;
        }

        private int yearOf(Node node) {
            String value = text(node);
            if (!value.matches("\\d{4}")) {
                throw error(node, "year must be four digits, e.g. 2027");
            }
            return Integer.parseInt(value);
        }

        private LocalDate date(Node node) {
            String value = text(node);
            if (!ISO_DATE.matcher(value).matches()) {
                throw error(node, "'" + value + "' is not a date written YYYY-MM-DD");
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(node, "'" + value + "' is not a date of the calendar");
            }
        }

        private LocalDate inYear(Node node, LocalDate d, LocalDate earliest, LocalDate latest) {
            if (d.isBefore(earliest) || d.isAfter(latest)) {
                throw error(node, d + " is outside " + earliest + " to " + latest + ", the dates this year's notice can set");
            }
            return d;
        }

        private List<Node> sequence(Node node) {
            if (!(node instanceof SequenceNode s)) {
                throw error(node, "expected a list");
            }
            return s.getValue();
        }

        private CalendarFileError error(Node node, String problem) {
            return new CalendarFileError(file, node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1, problem);
        }
    }
}
