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

    /**
     * A text a citizen wrote (a comment, a question, an answer, what a request asks) as the public may see
     * it: as {@link #mask}, and a 联系人 or 负责人 named in it is a private person too.
     */
    public String maskCitizenText(String text) {
        return text == null || text.isEmpty() ? text : masked(text, findInCitizenText(text), Policy.DEFAULT, false);
    }

    /** The text as the public may see it under this policy: kept values and kinds the law keeps stay. */
    public String mask(String text, Policy policy) {
        return text == null || text.isEmpty() ? text : masked(text, find(text), policy, false);
    }

    /**
     * The same for a Markdown text (a document's body): each mask is written with its punctuation escaped,
     * so that 139****5678 and 王* stay as typed instead of two masks in a paragraph turning into bold.
     */
    public String maskMarkdown(String text, Policy policy) {
        return text == null || text.isEmpty() ? text : masked(text, find(text), policy, true);
    }

    private String masked(String text, List<Finding> found, Policy policy, boolean markdown) {
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
            out.append(text, at, f.start()).append(markdown ? escapedForMarkdown(masked(f)) : masked(f));
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * A citizen's letter as the public may see it: its subject and body masked (each searched once), and
     * a mask for the texts about it (replies, notes) that also masks every occurrence of what the letter
     * gave: the names, which a reply greeting the writer (王五您好) has no label to be found by, and the
     * address or number, which a reply repeats without the words that marked it in the letter (您反映的
     * 前进西路88号加建问题: browser walk, the reply undid the letter's mask).
     */
    private static final java.util.regex.Pattern HOUSE_NUMBER = java.util.regex.Pattern.compile("[0-9０-９]+[号弄]");

    public Letter letter(String subject, String body) {
        return letter(subject, body, List.of());
    }

    /**
     * The same, also masking {@code alsoMasked} wherever it stands: what a person asked to be masked that no
     * detector found (a neighbour's name in running text), kept to its first character as a name is; and
     * what is found in the texts {@code about} the letter (its reply) wherever it stands in the letter too:
     * a name the reply gives away by a greeting is masked in the letter's subject and body as well (citizen
     * walk: the reply showed 王**, the letter above it 王建国).
     */
    public Letter letter(String subject, String body, java.util.Collection<String> alsoMasked, String... about) {
        return letter(subject, body, null, alsoMasked, about);
    }

    /** A run of digits in a contact a reply may repeat on its own (57009911 of 0512-57009911). */
    private static final Pattern CONTACT_DIGITS = Pattern.compile("[0-9０-９]{7,}");

    /**
     * The same, also masking wherever it stands the {@code contact} the writer left (联系方式, never public): a
     * landline in a reply is taken for the office's own and kept, so without it the writer's own number was
     * published when the reply said it had called them there (security audit); its numbers alone too.
     */
    public Letter letter(String subject, String body, String contact, java.util.Collection<String> alsoMasked, String... about) {
        java.util.Map<String, String> fromContact = new java.util.HashMap<>();
        if (contact != null && !contact.isBlank()) {
            for (Finding f : findInCitizenText(contact)) {
                String typed = contact.substring(f.start(), f.end());
                if (typed.length() >= 4) {
                    fromContact.put(typed, masked(f));
                }
                Matcher digits = CONTACT_DIGITS.matcher(typed);
                while (digits.find()) {
                    fromContact.put(digits.group(), masked(new Finding(f.type(), 0, digits.group().length(), digits.group())));
                }
            }
            Matcher digits = CONTACT_DIGITS.matcher(contact);
            while (digits.find()) {
                fromContact.putIfAbsent(digits.group(), masked(new Finding(PiiType.LANDLINE, 0, digits.group().length(), digits.group())));
            }
        }
        List<Finding> inSubject = findInCitizenText(subject);
        List<Finding> inBody = findInCitizenText(body);
        List<String> texts = new java.util.ArrayList<>(java.util.Arrays.asList(subject, body));
        List<List<Finding>> found = new java.util.ArrayList<>(List.of(inSubject, inBody));
        for (String text : about) {
            if (text != null) {
                texts.add(text);
                found.add(findInOfficeText(text));
            }
        }
        java.util.Map<String, String> given = new java.util.HashMap<>(fromContact);
        for (String word : alsoMasked) {
            if (word != null && word.strip().length() >= 2) {
                given.put(word.strip(), maskName(word));
            }
        }
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            for (Finding f : found.get(t)) {
                String typed = text.substring(f.start(), f.end());
                if (f.type() == PiiType.NAME) {
                    if (typed.length() >= 2) {
                        given.put(typed, maskName(typed));
                    }
                } else if (typed.length() >= 4) {
                    given.put(typed, masked(f));
                    // 人民路88号3幢201室 in the letter, 到人民路88号办理 in the reply: the house number alone too
                    java.util.regex.Matcher house = HOUSE_NUMBER.matcher(typed);
                    if (f.type() == PiiType.ADDRESS && house.lookingAt() && house.end() < typed.length() && f.start() >= 2
                            && Character.isIdeographic(text.codePointAt(f.start() - 2)) && Character.isIdeographic(text.codePointAt(f.start() - 1))) {
                        String street = text.substring(f.start() - 2, f.start());
                        String number = typed.substring(0, house.end());
                        given.put(street + number, street + masked(new Finding(PiiType.ADDRESS, 0, number.length(), number)));
                    }
                } else if (f.start() >= 2 && Character.isIdeographic(text.codePointAt(f.start() - 2))
                        && Character.isIdeographic(text.codePointAt(f.start() - 1))) {
                    // a house number (88号) alone is too short to look for: with the street's end before it (西路88号)
                    String street = text.substring(f.start() - 2, f.start());
                    given.put(street + typed, street + masked(f));
                }
            }
        }
        Letter letter = new Letter(given);
        letter.subject = letter.repeated(masked(subject, inSubject));
        letter.body = letter.repeated(masked(body, inBody));
        return letter;
    }

    private String masked(String text, List<Finding> found) {
        return text == null || text.isEmpty() ? text : masked(text, found, Policy.DEFAULT, false);
    }

    /** See {@link #letter}: as a function, it masks any other text about the letter. */
    public final class Letter implements java.util.function.UnaryOperator<String> {
        /** What the letter gave, as typed, and its mask; the longest first, so a name inside an address does not cut it. */
        private final List<java.util.Map.Entry<String, String>> given;
        private String subject;
        private String body;

        private Letter(java.util.Map<String, String> given) {
            this.given = given.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length())).toList();
        }

        public String subject() {
            return subject;
        }

        public String body() {
            return body;
        }

        @Override
        public String apply(String text) {
            return repeated(text == null || text.isEmpty() ? text : masked(text, findInOfficeText(text), Policy.DEFAULT, false));
        }

        /**
         * Another text the letter's citizen wrote (the reason of a 不满意) masked as the letter's body is: found
         * as citizen text, and what the letter gave masked wherever it stands.
         */
        public String citizenText(String text) {
            return repeated(text == null || text.isEmpty() ? text : masked(text, findInCitizenText(text)));
        }

        private String repeated(String text) {
            if (text == null) {
                return null;
            }
            String out = text;
            for (java.util.Map.Entry<String, String> e : given) {
                out = out.replace(e.getKey(), e.getValue());
            }
            return out;
        }
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

    /**
     * Every piece of personal data in a text an office wrote about a letter (its reply, a note), in order: a
     * fixed line with its area code there is the office's own or one it refers the writer to (browser walk:
     * 劳动保障监察大队投诉（电话0512-57311234） was published as 0512******34), unless the letter gave it, which
     * {@link Letter} masks wherever it stands. Mobile numbers stay masked: one in a reply may be a person's.
     */
    private List<Finding> findInOfficeText(String text) {
        return find(text).stream().filter(f -> f.type() != PiiType.LANDLINE).toList();
    }

    /** Every piece of personal data in a text a citizen wrote, in order (see {@link #maskCitizenText}). */
    public List<Finding> findInCitizenText(String text) {
        return Detectors.find(text, context().writtenByCitizen());
    }

    /** ASCII punctuation escaped with a backslash, as CommonMark allows for every one of them. */
    private static String escapedForMarkdown(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** How one finding is shown to the public. */
    public String masked(Finding f) {
        String v = switch (f.type()) {
            // a name and an account as written: 张三, zhang_san88 (upper case and no _ would be another account)
            case NAME, IM_ACCOUNT -> f.value();
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
