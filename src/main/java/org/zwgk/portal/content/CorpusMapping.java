package org.zwgk.portal.content;

import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.channels.Channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where corpus records go, from {@code content/corpus.yaml}: the channels for laws and reports, the
 * genre by category, and the 发布机构 by promulgation or category. Codes are resolved to ids once per import, so records cost no look-ups.
 */
record CorpusMapping(String reportCategory, long reportChannelId, long lawChannelId, CorpusGenres genres,
                     Map<String, Long> genreIds, List<PublisherRule> publishers, String unknownPublisher) {

    /**
     * A 发布机构 rule: the first rule whose pattern is found in a promulgation line (or, with
     * {@code in: title} or {@code in: category}, in the title or the category) names the publisher;
     * {@code $1} … refer to the groups.
     */
    record PublisherRule(String in, Pattern pattern, String publisher, boolean first) {

        String apply(String text) {
            if (text == null) {
                return null;
            }
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                return null;
            }
            // appendReplacement copies the text before the match first: keep only the replacement
            StringBuilder out = new StringBuilder();
            m.appendReplacement(out, publisher);
            return out.substring(m.start());
        }
    }

    static final String FILE = "corpus.yaml";

    /** Reads and resolves the mapping; needs a transaction. A bad file names its line. */
    static CorpusMapping load(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentImportException(List.of(new ContentError(file.toString(), 0, "cannot be read: " + e.getMessage())));
        }
        List<ContentError> errors = new ArrayList<>();
        try {
            YamlMap m = YamlMap.parseMapping(FILE, text, 0)
                    .allowOnly(Set.of("reportCategory", "reportChannel", "lawChannel", "genres", "defaultGenre", "publishers",
                            "unknownPublisher"));
            long report = channel(m, "reportChannel", errors);
            long law = channel(m, "lawChannel", errors);
            CorpusGenres genres = CorpusGenres.of(m);
            Map<String, Long> genreIds = new HashMap<>();
            for (CorpusGenres.Rule rule : genres.rules()) {
                genre(rule.code(), rule.line(), genreIds, errors);
            }
            if (genres.defaultCode() != null) {
                genre(genres.defaultCode(), genres.defaultLine(), genreIds, errors);
            }
            List<PublisherRule> publishers = new ArrayList<>();
            if (m.has("publishers")) {
                for (YamlMap rule : m.maps("publishers")) {
                    rule.allowOnly(Set.of("match", "in", "publisher", "first"));
                    String in = rule.has("in") ? rule.string("in") : PROMULGATION;
                    if (!Set.of(PROMULGATION, TITLE, CATEGORY).contains(in)) {
                        errors.add(new ContentError(FILE, rule.line("in"), "'in' must be promulgation, title or category"));
                        continue;
                    }
                    try {
                        publishers.add(new PublisherRule(in, Pattern.compile(rule.string("match")),
                                rule.string("publisher"), rule.has("first") && Boolean.parseBoolean(rule.string("first"))));
                    } catch (PatternSyntaxException e) {
                        errors.add(new ContentError(FILE, rule.line("match"), "not a regular expression: " + e.getDescription()));
                    }
                }
            }
            if (errors.isEmpty()) {
                return new CorpusMapping(m.string("reportCategory"), report, law, genres, Map.copyOf(genreIds),
                        List.copyOf(publishers), m.optString("unknownPublisher"));
            }
        } catch (YamlMap.Problem p) {
            errors.add(p.error);
        } catch (UncheckedIOException e) {
            errors.add(new ContentError(FILE, 0, e.getMessage()));
        }
        throw new ContentImportException(errors);
    }

    boolean isReport(String category) {
        return category != null && category.contains(reportCategory);
    }

    /** The genre of the first rule whose fragment the category contains, or the default. */
    Long genreFor(String category) {
        String code = genres.codeFor(category);
        return code == null ? null : genreIds.get(code);
    }

    /**
     * The 发布机构 of a record: the first promulgation line a promulgation rule matches (rules in file
     * order), else the first title rule, else the first category rule that matches; when none does,
     * {@code unknownPublisher}: a corpus holds other bodies' texts, so one that names no issuer (a guide from
     * GitHub filed under 其他) is not the filing office's (review: it was shown as 昆山市人民政府办公室's). Null
     * only when the file sets no unknownPublisher (the page then names the channel's owner).
     */
    String publisherFor(String title, String category, List<String> promulgation) {
        String found = firstPublisher(title, category, promulgation);
        return found == null || found.isBlank() || found.length() > org.zwgk.portal.documents.DocumentMetadata.MAX_PUBLISHER
                ? unknownPublisher : found;
    }

    private String firstPublisher(String title, String category, List<String> promulgation) {
        // a title rule marked first wins over the meeting lines (a joint interpretation's lines name each court)
        for (PublisherRule rule : publishers) {
            String found = rule.first() && rule.in().equals(TITLE) ? rule.apply(title) : null;
            if (found != null) {
                return found;
            }
        }
        for (String line : promulgation) {
            String found = firstMatch(PROMULGATION, line);
            if (found != null) {
                return found;
            }
        }
        String found = firstMatch(TITLE, title);
        return found != null ? found : firstMatch(CATEGORY, category);
    }

    private String firstMatch(String in, String text) {
        for (PublisherRule rule : publishers) {
            String found = rule.in().equals(in) ? rule.apply(text) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final String PROMULGATION = "promulgation";
    private static final String TITLE = "title";
    private static final String CATEGORY = "category";

    private static long channel(YamlMap m, String key, List<ContentError> errors) {
        String code = m.string(key);
        return Channel.findByCode(code).map(c -> c.id).orElseGet(() -> {
            errors.add(new ContentError(FILE, m.line(key), "channel '" + code + "' is not defined"));
            return -1L;
        });
    }

    private static void genre(String code, int line, Map<String, Long> ids, List<ContentError> errors) {
        Classification.find(ClassificationScheme.GENRE, code).ifPresentOrElse(c -> ids.put(code, c.id),
                () -> errors.add(new ContentError(FILE, line, "genre '" + code + "' is not defined")));
    }
}
