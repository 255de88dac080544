package org.zwgk.portal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 体裁分类 rules of {@code content/corpus.yaml} by genre code: the first rule whose fragment a
 * record's category contains names its genre, else the default. Read without the database, so the
 * search evaluations give their records the genre the import gives (the import resolves the codes
 * to ids in {@link CorpusMapping}).
 */
public record CorpusGenres(List<Rule> rules, String defaultCode, int defaultLine) {

    /** {@code line} is where the rule's genre code stands in the file, for naming an unknown code. */
    public record Rule(String categoryFragment, String code, int line) {
    }

    /** The rules of {@code contentDir}'s corpus.yaml; a bad file names its line. */
    public static CorpusGenres read(Path contentDir) {
        Path file = contentDir.resolve(CorpusMapping.FILE);
        try {
            return of(YamlMap.parseMapping(CorpusMapping.FILE, Files.readString(file, StandardCharsets.UTF_8), 0));
        } catch (IOException e) {
            throw new ContentImportException(List.of(new ContentError(file.toString(), 0, "cannot be read: " + e.getMessage())));
        } catch (YamlMap.Problem p) {
            throw new ContentImportException(List.of(p.error));
        } catch (UncheckedIOException e) {
            throw new ContentImportException(List.of(new ContentError(CorpusMapping.FILE, 0, e.getMessage())));
        }
    }

    static CorpusGenres of(YamlMap m) {
        List<Rule> rules = new ArrayList<>();
        for (YamlMap rule : m.maps("genres")) {
            rule.allowOnly(Set.of("category", "genre"));
            rules.add(new Rule(rule.string("category"), rule.string("genre"), rule.line("genre")));
        }
        return m.has("defaultGenre")
                ? new CorpusGenres(List.copyOf(rules), m.string("defaultGenre"), m.line("defaultGenre"))
                : new CorpusGenres(List.copyOf(rules), null, 0);
    }

    /** The genre code of a record of this category, or the default (null when there is none). */
    public String codeFor(String category) {
        if (category != null) {
            for (Rule rule : rules) {
                if (category.contains(rule.categoryFragment())) {
                    return rule.code();
                }
            }
        }
        return defaultCode;
    }
}
