package org.zwgk.portal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.privacy.detect.DetectionContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one gate personal data passes before anything is public (seed row 33): every path to the
 * public (pages, index, feeds, exports, API) masks its text here, with the detectors of
 * {@link Detectors} and the masking rules of {@code content/privacy.yaml} ({@link MaskingRules}).
 * Masking is idempotent: a masked text has nothing left to find.
 */
@ApplicationScoped
public class Deidentifier {

    /** What a text is published as: its document type (for the exceptions by law) and the values reviewers kept. */
    public record Policy(String documentType, Set<String> notPersonal) {
        public static final Policy DEFAULT = new Policy(null, Set.of());

        public static Policy of(String documentType, Collection<String> notPersonalKeys) {
            return new Policy(documentType, Set.copyOf(notPersonalKeys));
        }
    }

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{3,}");
    private static final long NUMBERS_TTL_NANOS = 60_000_000_000L;

    private final MaskingRules rules;
    private final Supplier<Collection<String>> numberSource;
    private volatile DetectionContext context;
    private volatile long contextAt;

    @Inject
    Deidentifier(PortalConfig config, Instance<PublicNumbers> sources) {
        this(MaskingRules.load(config.contentDir().resolve("privacy.yaml")), () -> {
            List<String> all = new ArrayList<>();
            sources.forEach(s -> all.addAll(s.publicNumbers()));
            return all;
        });
    }

    /** A gate with these rules and public numbers (tests, benchmarks, the scan). */
    public Deidentifier(MaskingRules rules, Supplier<Collection<String>> publicNumbers) {
        this.rules = rules;
        this.numberSource = publicNumbers;
    }

    /** A gate with the built-in rules and no public numbers. */
    public static Deidentifier withDefaults() {
        return new Deidentifier(MaskingRules.defaults(), List::of);
    }

    /** Reads the rules and the public numbers now, so a bad {@code privacy.yaml} stops the start. */
    public void loadAtStart() {
        context();
    }

    /** The public numbers are read again at the next use (after the organizations changed). */
    public void refreshPublicNumbers() {
        context = null;
    }

    public MaskingRules rules() {
        return rules;
    }

    /** The text as the public may see it: personal data found in it masked. */
    public String mask(String text) {
        return mask(text, Policy.DEFAULT);
    }

    /** The text as the public may see it under this policy: kept values and kinds the law keeps stay. */
    public String mask(String text, Policy policy) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Finding> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        Set<PiiType> byLaw = rules.keptByLaw(policy.documentType());
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : found) {
            if (byLaw.contains(f.type()) || !policy.notPersonal().isEmpty() && policy.notPersonal().contains(f.key())) {
                continue;
            }
            out.append(text, at, f.start()).append(masked(f));
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The private persons' names found in these texts (a letter's, to mask them in its reply too). */
    public Set<String> namesIn(String... texts) {
        Set<String> names = new HashSet<>();
        for (String t : texts) {
            for (Finding f : find(t)) {
                if (f.type() == PiiType.NAME && f.value().length() >= 2) {
                    names.add(f.value());
                }
            }
        }
        return names;
    }

    /**
     * The text as the public may see it, and besides every occurrence of these names, found in another
     * text: a reply that greets the writer by the name the letter gave (王五您好) has no label to find it by.
     */
    public String mask(String text, Set<String> names) {
        String out = mask(text);
        if (out == null || names.isEmpty()) {
            return out;
        }
        for (String name : names) {
            out = out.replace(name, maskName(name));
        }
        return out;
    }

    /** A private person's name from a structured field, as the public may see it (张某某 → 张**). */
    public String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        if (n.contains("*") || n.contains("某")) {
            return n;
        }
        return rules.rule(PiiType.NAME).apply(n);
    }

    /** Every piece of personal data in the text, in order. */
    public List<Finding> find(String text) {
        return Detectors.find(text, context());
    }

    /** How one finding is shown to the public. */
    public String masked(Finding f) {
        String v = switch (f.type()) {
            case NAME -> f.value();
            case EMAIL -> f.value().toLowerCase(java.util.Locale.ROOT);
            default -> Detectors.normalized(f.type(), f.value());
        };
        return rules.rule(f.type()).apply(v);
    }

    private DetectionContext context() {
        DetectionContext c = context;
        if (c == null || System.nanoTime() - contextAt > NUMBERS_TTL_NANOS) {
            Set<String> numbers = new HashSet<>();
            for (String written : numberSource.get()) {
                if (written == null) {
                    continue;
                }
                // "0512-57511007（示例）", "12345（政务服务便民热线）": the digits, with and without separators
                String compact = written.replaceAll("[\\s\\-－()（）]", "");
                Matcher m = DIGIT_RUN.matcher(compact);
                while (m.find()) {
                    numbers.add(m.group());
                }
            }
            c = new DetectionContext(Set.copyOf(numbers));
            context = c;
            contextAt = System.nanoTime();
        }
        return c;
    }
}
