package org.zwgk.portal.privacy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How each kind of personal data is shown to the public, and which document types the law requires
 * to name people in (惩戒公示): {@code content/privacy.yaml}, read once at start. A kind the file
 * does not name keeps its built-in rule; a malformed file stops the start with its name and the key.
 */
public final class MaskingRules {

    /**
     * Keep {@code keepStart} leading and {@code keepEnd} trailing characters; the rest become {@code fill}
     * (each, or once when {@code fixed}). {@code digitsOnly}: only the digits are hidden, each digit or
     * each run of them, so a house number keeps its units (5幢302室 → *幢***室).
     */
    public record Rule(int keepStart, int keepEnd, String fill, boolean fixed, boolean keepDomain, boolean digitsOnly) {

        public Rule(int keepStart, int keepEnd, String fill, boolean fixed, boolean keepDomain) {
            this(keepStart, keepEnd, fill, fixed, keepDomain, false);
        }

        String apply(String normalized) {
            if (digitsOnly) {
                return normalized.replaceAll(fixed ? "[0-9]+" : "[0-9]", java.util.regex.Matcher.quoteReplacement(fill));
            }
            String v = normalized;
            String suffix = "";
            if (keepDomain && v.indexOf('@') > 0) {
                suffix = v.substring(v.indexOf('@'));
                v = v.substring(0, v.indexOf('@'));
            }
            int n = v.length();
            int start = Math.min(keepStart, Math.max(0, n - 1));
            int end = Math.min(keepEnd, Math.max(0, n - start - 1));
            int hidden = n - start - end;
            String middle = fixed ? fill : fill.repeat(Math.max(1, hidden));
            return v.substring(0, start) + middle + v.substring(n - end) + suffix;
        }
    }

    /** Personal data a document type publishes unmasked because the law requires it, and the basis named. */
    public record Exception(String documentType, Set<PiiType> keeps, String basis) {
    }

    private final Map<PiiType, Rule> rules;
    private final List<Exception> exceptions;

    private MaskingRules(Map<PiiType, Rule> rules, List<Exception> exceptions) {
        this.rules = rules;
        this.exceptions = List.copyOf(exceptions);
    }

    public static MaskingRules defaults() {
        Map<PiiType, Rule> r = new EnumMap<>(PiiType.class);
        r.put(PiiType.RESIDENT_ID, new Rule(6, 4, "*", false, false));
        r.put(PiiType.RESIDENT_ID_15, new Rule(6, 3, "*", false, false));
        r.put(PiiType.MOBILE, new Rule(3, 4, "*", false, false));
        r.put(PiiType.LANDLINE, new Rule(4, 2, "*", false, false));
        r.put(PiiType.BANK_CARD, new Rule(4, 4, "*", false, false));
        r.put(PiiType.EMAIL, new Rule(1, 0, "***", true, true));
        r.put(PiiType.PASSPORT, new Rule(1, 2, "*", false, false));
        r.put(PiiType.PERMIT, new Rule(1, 2, "*", false, false));
        r.put(PiiType.PLATE, new Rule(2, 0, "*", false, false));
        // a QQ number can be 5 digits: one character kept at each end (2 and 2 would leave one hidden)
        r.put(PiiType.IM_ACCOUNT, new Rule(1, 1, "*", false, false));
        r.put(PiiType.NAME, new Rule(1, 0, "*", false, false));
        r.put(PiiType.ADDRESS, new Rule(0, 0, "*", false, false, true));
        return new MaskingRules(r, List.of());
    }

    /** The rules of {@code file}, over the defaults; the defaults alone when there is no file. */
    public static MaskingRules load(Path file) {
        MaskingRules d = defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Map<PiiType, Rule> rules = new EnumMap<>(d.rules);
        List<Exception> exceptions = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (root == null) {
                return d;
            }
            Map<?, ?> top = map(root, file, "(top)");
            if (top.get("masks") != null) {
                for (Map.Entry<?, ?> e : map(top.get("masks"), file, "masks").entrySet()) {
                    PiiType type = type(String.valueOf(e.getKey()), file);
                    Map<?, ?> m = map(e.getValue(), file, "masks." + e.getKey());
                    Rule base = rules.get(type);
                    rules.put(type, new Rule(integer(m, "keepStart", base.keepStart(), file), integer(m, "keepEnd", base.keepEnd(), file),
                            m.get("fill") == null ? base.fill() : String.valueOf(m.get("fill")),
                            m.get("fixed") == null ? base.fixed() : Boolean.parseBoolean(String.valueOf(m.get("fixed"))),
                            m.get("keepDomain") == null ? base.keepDomain() : Boolean.parseBoolean(String.valueOf(m.get("keepDomain"))),
                            m.get("digitsOnly") == null ? base.digitsOnly() : Boolean.parseBoolean(String.valueOf(m.get("digitsOnly")))));
                }
            }
            if (top.get("exceptions") != null) {
                if (!(top.get("exceptions") instanceof List<?> list)) {
                    throw new IllegalStateException(file + ": exceptions must be a list");
                }
                for (Object o : list) {
                    Map<?, ?> m = map(o, file, "exceptions[]");
                    Object t = m.get("documentType");
                    Object keeps = m.get("keeps");
                    if (t == null || !(keeps instanceof List<?> kl) || kl.isEmpty()) {
                        throw new IllegalStateException(file + ": an exception needs documentType and a list keeps");
                    }
                    Set<PiiType> k = EnumSet.noneOf(PiiType.class);
                    kl.forEach(x -> k.add(type(String.valueOf(x), file)));
                    exceptions.add(new Exception(String.valueOf(t), k, m.get("basis") == null ? "" : String.valueOf(m.get("basis"))));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        return new MaskingRules(rules, exceptions);
    }

    public Rule rule(PiiType type) {
        return rules.get(type);
    }

    public List<Exception> exceptions() {
        return exceptions;
    }

    /** What a document of this type keeps unmasked by law; nothing for other types. */
    public Set<PiiType> keptByLaw(String documentType) {
        Set<PiiType> out = EnumSet.noneOf(PiiType.class);
        if (documentType != null) {
            exceptions.stream().filter(e -> e.documentType().equals(documentType)).forEach(e -> out.addAll(e.keeps()));
        }
        return out;
    }

    public java.util.Optional<Exception> exceptionFor(String documentType) {
        return exceptions.stream().filter(e -> e.documentType().equals(documentType)).findFirst();
    }

    private static PiiType type(String name, Path file) {
        try {
            return PiiType.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": unknown kind of personal data '" + name + "', one of " + List.of(PiiType.values()));
        }
    }

    private static Map<?, ?> map(Object o, Path file, String where) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalStateException(file + ": " + where + " must be a mapping");
    }

    private static int integer(Map<?, ?> m, String key, int fallback, Path file) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Integer i && i >= 0) {
            return i;
        }
        throw new IllegalStateException(file + ": " + key + " must be a whole number ≥ 0, not " + v);
    }
}
