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
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where corpus records go, from {@code content/corpus.yaml}: the channels for laws and reports, the
 * genre by category, and the 发布机构 by promulgation or category. Codes are resolved to ids once per import, so records cost no look-ups.
 */
record CorpusMapping(String reportCategory, long reportChannelId, long lawChannelId, List<GenreRule> genres,
                     Long defaultGenreId, List<PublisherRule> publishers) {

    record GenreRule(String categoryFragment, long genreId) {
    }

    /**
     * A 发布机构 rule: the first rule whose pattern is found in a promulgation line (or, with
     * {@code in: category}, in the category) names the publisher; {@code $1} … refer to the groups.
     */
    record PublisherRule(boolean inCategory, Pattern pattern, String publisher) {

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
                    .allowOnly(Set.of("reportCategory", "reportChannel", "lawChannel", "genres", "defaultGenre", "publishers"));
            long report = channel(m, "reportChannel", errors);
            long law = channel(m, "lawChannel", errors);
            List<GenreRule> rules = new ArrayList<>();
            for (YamlMap rule : m.maps("genres")) {
                rule.allowOnly(Set.of("category", "genre"));
                Long genre = genre(rule, "genre", errors);
                if (genre != null) {
                    rules.add(new GenreRule(rule.string("category"), genre));
                }
            }
            Long fallback = m.has("defaultGenre") ? genre(m, "defaultGenre", errors) : null;
            List<PublisherRule> publishers = new ArrayList<>();
            if (m.has("publishers")) {
                for (YamlMap rule : m.maps("publishers")) {
                    rule.allowOnly(Set.of("match", "in", "publisher"));
                    String in = rule.has("in") ? rule.string("in") : "promulgation";
                    if (!in.equals("promulgation") && !in.equals("category")) {
                        errors.add(new ContentError(FILE, rule.line("in"), "'in' must be promulgation or category"));
                        continue;
                    }
                    try {
                        publishers.add(new PublisherRule(in.equals("category"), Pattern.compile(rule.string("match")),
                                rule.string("publisher")));
                    } catch (PatternSyntaxException e) {
                        errors.add(new ContentError(FILE, rule.line("match"), "not a regular expression: " + e.getDescription()));
                    }
                }
            }
            if (errors.isEmpty()) {
                return new CorpusMapping(m.string("reportCategory"), report, law, List.copyOf(rules), fallback,
                        List.copyOf(publishers));
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
        if (category != null) {
            for (GenreRule rule : genres) {
                if (category.contains(rule.categoryFragment())) {
                    return rule.genreId();
                }
            }
        }
        return defaultGenreId;
    }

    /**
     * The 发布机构 of a record: the first promulgation line a promulgation rule matches (rules in file
     * order), else the first category rule that matches; null when none does.
     */
    String publisherFor(String category, List<String> promulgation) {
        String found = firstPublisher(category, promulgation);
        return found == null || found.isBlank() || found.length() > org.zwgk.portal.documents.DocumentMetadata.MAX_PUBLISHER
                ? null : found;
    }

    private String firstPublisher(String category, List<String> promulgation) {
        for (String line : promulgation) {
            for (PublisherRule rule : publishers) {
                String found = rule.inCategory() ? null : rule.apply(line);
                if (found != null) {
                    return found;
                }
            }
        }
        for (PublisherRule rule : publishers) {
            String found = rule.inCategory() ? rule.apply(category) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static long channel(YamlMap m, String key, List<ContentError> errors) {
        String code = m.string(key);
        return Channel.findByCode(code).map(c -> c.id).orElseGet(() -> {
            errors.add(new ContentError(FILE, m.line(key), "channel '" + code + "' is not defined"));
            return -1L;
        });
    }

    private static Long genre(YamlMap m, String key, List<ContentError> errors) {
        String code = m.string(key);
        return Classification.find(ClassificationScheme.GENRE, code).map(c -> c.id).orElseGet(() -> {
            errors.add(new ContentError(FILE, m.line(key), "genre '" + code + "' is not defined"));
            return null;
        });
    }
}
