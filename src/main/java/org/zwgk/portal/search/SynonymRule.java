package org.zwgk.portal.search;

import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a synonym file in the content repository. {@code 社保,社会保险}: a group, each member
 * stands for the others. {@code 房东 => 出租人}: one way only, the everyday word on the left is also
 * searched as the statute's word on the right, never the other way round (a question about the
 * 出租人 is not helped by searching 房东, and measured worse when it was).
 */
public record SynonymRule(List<String> from, List<String> to) {

    private static final Logger LOG = Logger.getLogger(SynonymRule.class);

    /** The rule a line says, or null for a line that names fewer than two words. */
    public static SynonymRule parse(String line) {
        int arrow = line.indexOf("=>");
        if (arrow >= 0) {
            List<String> from = words(line.substring(0, arrow));
            List<String> to = words(line.substring(arrow + 2));
            return from.isEmpty() || to.isEmpty() ? null : new SynonymRule(from, to);
        }
        List<String> group = words(line);
        return group.size() > 1 ? new SynonymRule(group, group) : null;
    }

    /**
     * Where a word of a rule stands in a text: anywhere for Chinese words (they are not spaced), but a
     * word of letters or digits only as a whole, so 12345 (the hotline) is not found inside 13812345678.
     */
    public static Pattern where(String word) {
        return PATTERNS.computeIfAbsent(word, w -> {
            String quoted = Pattern.quote(w);
            boolean latin = w.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
            return Pattern.compile(latin ? "(?<![A-Za-z0-9])" + quoted + "(?![A-Za-z0-9])" : quoted);
        });
    }

    /** The words of the content repository's few rule files, each compiled once. */
    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the text has one of the words the rule applies to. */
    public boolean appliesTo(String text) {
        return from.stream().anyMatch(w -> text.contains(w) && where(w).matcher(text).find());
    }

    /** The rules of a file ({@code #} starts a comment line); none when there is no such file. */
    public static List<SynonymRule> read(Path file) {
        List<SynonymRule> rules = new ArrayList<>();
        for (String line : SearchVocabulary.lines(file)) {
            SynonymRule r = parse(line);
            if (r == null) {
                LOG.warnf("%s: not a synonym rule: %s", file.getFileName(), line);
            } else {
                rules.add(r);
            }
        }
        return List.copyOf(rules);
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.split("[,，]")).map(String::strip).filter(w -> !w.isEmpty())
                .map(TraditionalToSimplified::apply).distinct().toList();
    }
}
