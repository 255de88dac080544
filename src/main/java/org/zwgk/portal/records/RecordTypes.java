package org.zwgk.portal.records;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.organizations.OrganizationType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The record types of {@code <content-dir>/records/*.yaml}, read at start (startup.StartupSequence).
 * A malformed file stops the start with the file and what is wrong in it: a type that half works
 * would publish records nobody can validate.
 */
@ApplicationScoped
public class RecordTypes {

    private static final Logger LOG = Logger.getLogger(RecordTypes.class);
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    static final Pattern DEFAULT_CODE = Pattern.compile("[0-9A-Za-z._/-]{1,64}");

    private final Path dir;
    private volatile Map<String, RecordType> types;

    RecordTypes(PortalConfig config) {
        this.dir = config.contentDir().resolve("records");
    }

    /** Reads the directory; throws {@link IllegalStateException} naming the file for a malformed type. */
    public void loadAtStart() {
        types = read(dir);
        LOG.infof("%d record types from %s", types.size(), dir);
    }

    public List<RecordType> all() {
        return List.copyOf(loaded().values());
    }

    public Optional<RecordType> find(String code) {
        return Optional.ofNullable(code == null ? null : loaded().get(code));
    }

    private Map<String, RecordType> loaded() {
        Map<String, RecordType> t = types;
        if (t == null) {
            synchronized (this) {
                if (types == null) {
                    types = read(dir);
                }
                t = types;
            }
        }
        return t;
    }

    static Map<String, RecordType> read(Path dir) {
        Map<String, RecordType> result = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            RecordType type;
            try {
                type = parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (result.put(type.code(), type) != null) {
                throw new IllegalStateException(file + ": record type code '" + type.code() + "' is declared twice");
            }
        }
        return result;
    }

    /** One type from its file's text; problems name the file. */
    static RecordType parse(String file, String text) {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (!(root instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("expected a mapping of 'key: value' lines");
            }
            return build(file, m);
        } catch (RuntimeException e) {
            throw new IllegalStateException("content/records/" + file + ": " + e.getMessage(), e);
        }
    }

    private static RecordType build(String file, Map<?, ?> m) {
        String code = required(m, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code '" + code + "' must be lower-case letters, digits and dashes");
        }
        String name = required(m, "name");
        List<FieldSpec> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Object o : list(m, "fields")) {
            if (!(o instanceof Map<?, ?> f)) {
                throw new IllegalArgumentException("each field must be a mapping");
            }
            FieldSpec spec = field(f);
            if (!names.add(spec.name())) {
                throw new IllegalArgumentException("field '" + spec.name() + "' is declared twice");
            }
            fields.add(spec);
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a record type needs fields");
        }
        for (FieldSpec f : fields) {
            if (f.personalWhenField() != null && !names.contains(f.personalWhenField())) {
                throw new IllegalArgumentException("field '" + f.name() + "': personalWhen names unknown field '" + f.personalWhenField() + "'");
            }
        }
        String titleField = required(m, "titleField");
        need(names, titleField, "titleField");
        Map<?, ?> owners = map(m, "owners");
        Set<String> ownerTypes = new LinkedHashSet<>();
        for (Object t : owners == null ? List.of() : list(owners, "types")) {
            OrganizationType.valueOf(String.valueOf(t)); // fails for an unknown type
            ownerTypes.add(String.valueOf(t));
        }
        Set<String> ownerOrgs = new LinkedHashSet<>();
        for (Object t : owners == null ? List.of() : list(owners, "organizations")) {
            ownerOrgs.add(String.valueOf(t));
        }
        if (ownerTypes.isEmpty() && ownerOrgs.isEmpty()) {
            throw new IllegalArgumentException("owners: name the organization types or organizations that publish this type");
        }
        RecordType.Deadline deadline = null;
        Map<?, ?> d = map(m, "deadline");
        if (d != null) {
            String working = optional(d, "workingDays"), calendar = optional(d, "days");
            if ((working == null) == (calendar == null)) {
                throw new IllegalArgumentException("deadline: give either workingDays or days");
            }
            deadline = new RecordType.Deadline(required(d, "field"), working == null ? 0 : Integer.parseInt(working),
                    calendar == null ? 0 : Integer.parseInt(calendar), optional(d, "publishedField"));
            requireDate(fields, deadline.field(), "deadline.field");
            if (deadline.publishedField() != null) {
                requireDate(fields, deadline.publishedField(), "deadline.publishedField");
            }
        }
        RecordType.Retention retention = null;
        Map<?, ?> r = map(m, "retention");
        if (r != null) {
            retention = new RecordType.Retention(required(r, "field"), Integer.parseInt(required(r, "years")), optional(r, "untilField"));
            requireDate(fields, retention.field(), "retention.field");
            if (retention.untilField() != null) {
                requireDate(fields, retention.untilField(), "retention.untilField");
            }
        }
        RecordType.Completeness completeness = null;
        Map<?, ?> c = map(m, "completeness");
        if (c != null) {
            completeness = new RecordType.Completeness(required(c, "yearField"), required(c, "categoryField"),
                    list(c, "required").stream().map(String::valueOf).toList(),
                    c.containsKey("dueNextYear") ? list(c, "dueNextYear").stream().map(String::valueOf).toList() : List.of());
            need(names, completeness.yearField(), "completeness.yearField");
            need(names, completeness.categoryField(), "completeness.categoryField");
        }
        Map<?, ?> layout = map(m, "layout");
        List<String> listFields = layout == null ? List.of(titleField) : strings(layout, "list");
        listFields.forEach(n -> need(names, n, "layout.list"));
        List<String> history = layout == null ? List.of() : strings(layout, "history");
        history.forEach(n -> need(names, n, "layout.history"));
        List<RecordType.Section> sections = new ArrayList<>();
        for (Object o : layout == null ? List.of() : list(layout, "sections")) {
            Map<?, ?> s = (Map<?, ?>) o;
            List<FieldSpec> sf = new ArrayList<>();
            for (String n : strings(s, "fields")) {
                need(names, n, "layout.sections");
                sf.add(fields.stream().filter(f -> f.name().equals(n)).findFirst().orElseThrow());
            }
            sections.add(new RecordType.Section(required(s, "title"), sf));
        }
        Set<String> placed = new HashSet<>();
        sections.forEach(s -> s.fields().forEach(f -> placed.add(f.name())));
        List<FieldSpec> rest = fields.stream().filter(f -> !placed.contains(f.name())).toList();
        if (!rest.isEmpty()) {
            sections.add(new RecordType.Section(sections.isEmpty() ? name : RecordService.messages().sectionOther(), rest));
        }
        return new RecordType(code, name, optional(m, "description"), titleField, List.copyOf(fields), ownerTypes, ownerOrgs,
                deadline, retention, Optional.ofNullable(optional(m, "updateFrequency")).orElseGet(() -> RecordService.messages().frequencyOnDemand()), completeness,
                listFields, history, List.copyOf(sections), file);
    }

    private static FieldSpec field(Map<?, ?> f) {
        String name = required(f, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("field name '" + name + "' must be an ASCII name starting with a lower-case letter");
        }
        String kindText = required(f, "kind");
        FieldKind kind = FieldKind.fromExternal(kindText)
                .orElseThrow(() -> new IllegalArgumentException("field '" + name + "': unknown kind '" + kindText + "'"));
        List<String> options = f.containsKey("options") ? strings(f, "options") : List.of();
        if (kind == FieldKind.ENUM && options.isEmpty()) {
            throw new IllegalArgumentException("field '" + name + "': an enum needs options");
        }
        Pattern pattern = null;
        String p = optional(f, "pattern");
        if (p != null) {
            try {
                pattern = Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("field '" + name + "': pattern is not a regular expression");
            }
        } else if (kind == FieldKind.CODE) {
            pattern = DEFAULT_CODE;
        }
        String personalText = optional(f, "personal");
        Personal personal = personalText != null ? Personal.valueOf(personalText.toUpperCase(java.util.Locale.ROOT))
                : kind == FieldKind.PERSON_NAME ? Personal.NAME : Personal.NONE;
        String when = optional(f, "personalWhen");
        String whenField = null;
        String whenValue = null;
        if (when != null) {
            int eq = when.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("field '" + name + "': personalWhen is field=value");
            }
            whenField = when.substring(0, eq).strip();
            whenValue = when.substring(eq + 1).strip();
        }
        String max = optional(f, "max");
        return new FieldSpec(name, required(f, "label"), kind, bool(f, "required"), max == null ? 2000 : Integer.parseInt(max),
                pattern, options, personal, whenField, whenValue, bool(f, "searchable"), bool(f, "facetable"));
    }

    private static void need(Set<String> names, String name, String where) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException(where + " names unknown field '" + name + "'");
        }
    }

    private static void requireDate(List<FieldSpec> fields, String name, String where) {
        if (fields.stream().noneMatch(f -> f.name().equals(name) && f.kind() == FieldKind.DATE)) {
            throw new IllegalArgumentException(where + " must name a date field, not '" + name + "'");
        }
    }

    private static String required(Map<?, ?> m, String key) {
        String v = optional(m, key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is required");
        }
        return v;
    }

    private static String optional(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static boolean bool(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v instanceof Boolean b ? b : v != null && "true".equals(String.valueOf(v));
    }

    private static Map<?, ?> map(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v != null && !(v instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("'" + key + "' must be a mapping");
        }
        return (Map<?, ?>) v;
    }

    private static List<?> list(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return l;
    }

    private static List<String> strings(Map<?, ?> m, String key) {
        return list(m, key).stream().map(String::valueOf).toList();
    }
}
