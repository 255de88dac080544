package org.zwgk.portal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.zwgk.portal.common.PortalConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sensitive-words check (内容审查把关) before a draft is submitted, from
 * {@code workflow/sensitive-words.txt} in the content repository. Hits are shown in place to the
 * editor and again to each reviewer.
 */
@ApplicationScoped
public class SensitiveWords {

    private static final Logger LOG = Logger.getLogger(SensitiveWords.class);

    public record Entry(String word, String reason) {
    }

    /** One occurrence: where in the text, which word, and why it is flagged. */
    public record Hit(DraftInput.Field field, int start, int end, String word, String reason, String context) {
    }

    /** A stretch of text, flagged or not: templates render flagged ones in {@code <mark>}. */
    public record Segment(String text, String reason) {
        public boolean flagged() {
            return reason != null;
        }
    }

    private final List<Entry> entries;

    @jakarta.inject.Inject
    SensitiveWords(PortalConfig config) {
        this(config.contentDir().resolve("workflow/sensitive-words.txt"));
    }

    SensitiveWords(Path file) {
        List<Entry> list = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) {
                        continue;
                    }
                    int bar = l.indexOf('|');
                    String word = (bar < 0 ? l : l.substring(0, bar)).strip();
                    if (!word.isEmpty()) {
                        list.add(new Entry(word, bar < 0 ? "" : l.substring(bar + 1).strip()));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            LOG.warnf("no sensitive-words list at %s: drafts are not checked", file);
        }
        // longer words first, so 国家工商行政管理总局 wins over 工商行政管理局 where both match
        list.sort(Comparator.comparingInt((Entry e) -> e.word().length()).reversed());
        this.entries = List.copyOf(list);
    }

    public List<Hit> check(DraftInput.Field field, String text) {
        List<Hit> hits = new ArrayList<>();
        if (text == null) {
            return hits;
        }
        boolean[] taken = new boolean[text.length()];
        for (Entry e : entries) {
            for (int i = text.indexOf(e.word()); i >= 0; i = text.indexOf(e.word(), i + 1)) {
                int end = i + e.word().length();
                if (taken[i] || taken[end - 1]) {
                    continue;
                }
                java.util.Arrays.fill(taken, i, end, true);
                hits.add(new Hit(field, i, end, e.word(), e.reason(),
                        text.substring(Math.max(0, i - 20), Math.min(text.length(), end + 20))));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** The distinct listed words in these texts (nulls skipped), in the order first found: for a short text posted at once. */
    public List<String> words(String... texts) {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
        for (String text : texts) {
            check(DraftInput.Field.BODY, text).forEach(h -> words.add(h.word()));
        }
        return List.copyOf(words);
    }

    /**
     * Before something goes public without a draft's review (a survey, a consultation, an interview): a
     * listed word in what it shows refuses the publication until the reviewer confirms having checked it.
     * Returns the words confirmed, for the audit record.
     */
    public List<String> requireAcknowledged(boolean acknowledged, org.zwgk.portal.access.Publishable item) {
        return requireAcknowledged(acknowledged, item.publicTexts());
    }

    /** The same for texts that go public outside a {@link org.zwgk.portal.access.Publishable} (a consultation's feedback). */
    public List<String> requireAcknowledged(boolean acknowledged, String... texts) {
        List<String> found = words(texts);
        if (!found.isEmpty() && !acknowledged) {
            throw org.zwgk.portal.web.UserError.conflict(m -> m.publicationSensitive(String.join("、", found)));
        }
        return found;
    }

    /** The title and body of a draft, checked. */
    public List<Hit> check(Draft draft) {
        return check(draft.meta.title, draft.meta.summary, draft.meta.body);
    }

    /** The title, summary and body as typed (not yet saved), checked. */
    public List<Hit> check(DraftInput typed) {
        return check(typed.title, typed.summary, typed.body);
    }

    private List<Hit> check(String title, String summary, String body) {
        List<Hit> hits = new ArrayList<>(check(DraftInput.Field.TITLE, title));
        hits.addAll(check(DraftInput.Field.SUMMARY, summary));
        hits.addAll(check(DraftInput.Field.BODY, body));
        return hits;
    }

    /**
     * One field's text cut into plain and flagged stretches, for showing hits in place; the hits are
     * the draft's, from {@link #check(Draft)}, so the text is not searched again.
     */
    public List<Segment> segments(DraftInput.Field field, String text, List<Hit> hits) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Hit h : hits) {
            if (h.field() != field) {
                continue;
            }
            if (h.start() > at) {
                out.add(new Segment(text.substring(at, h.start()), null));
            }
            out.add(new Segment(text.substring(h.start(), h.end()), h.reason().isEmpty() ? h.word() : h.reason()));
            at = h.end();
        }
        if (text != null && at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }
}
