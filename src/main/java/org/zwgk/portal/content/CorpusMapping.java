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

/**
 * Where corpus records go, from {@code content/corpus.yaml}: the channels for laws and reports and
 * the genre by category. Codes are resolved to ids once per import, so records cost no look-ups.
 */
record CorpusMapping(String reportCategory, long reportChannelId, long lawChannelId, List<GenreRule> genres,
                     Long defaultGenreId) {

    record GenreRule(String categoryFragment, long genreId) {
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
                    .allowOnly(Set.of("reportCategory", "reportChannel", "lawChannel", "genres", "defaultGenre"));
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
            if (errors.isEmpty()) {
                return new CorpusMapping(m.string("reportCategory"), report, law, List.copyOf(rules), fallback);
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
