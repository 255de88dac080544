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
            return apply(text, false);
        }

        /** With {@code atStart}, only a match where the text begins: a body named first in a segment. */
        String apply(String text, boolean atStart) {
            if (text == null) {
                return null;
            }
            Matcher m = pattern.matcher(text);
            if (atStart ? !m.lookingAt() : !m.find()) {
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
            List<PublisherRule> publishers = publishers(m, errors);
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

    private static List<PublisherRule> publishers(YamlMap m, List<ContentError> errors) {
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
        return publishers;
    }

    /**
     * The 发布机构 rules of {@code contentDir}'s corpus.yaml as a mapping without channels or genres, read without the
     * database: for tests of who a record names as its issuer.
     */
    static CorpusMapping publishersOnly(Path contentDir) throws IOException {
        YamlMap m = YamlMap.parseMapping(FILE, Files.readString(contentDir.resolve(FILE), StandardCharsets.UTF_8), 0);
        List<ContentError> errors = new ArrayList<>();
        List<PublisherRule> publishers = publishers(m, errors);
        if (!errors.isEmpty()) {
            throw new ContentImportException(errors);
        }
        return new CorpusMapping(m.string("reportCategory"), -1, -1, CorpusGenres.of(m), Map.of(), List.copyOf(publishers),
                m.optString("unknownPublisher"));
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
        for (String line : joinedSplitLines(promulgation)) {
            String found = jointPublisher(line);
            if (found == null) {
                found = firstMatch(PROMULGATION, line);
            }
            if (found != null) {
                return found;
            }
        }
        String found = firstMatch(TITLE, title);
        return found != null ? found : firstMatch(CATEGORY, category);
    }

    /** A date (2025年4月5日): blanked before a line is read for the bodies it names. */
    private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日");
    /** What may come before the body a segment names: 经 (经国务院批准) and the state's name. */
    private static final Pattern LEAD = Pattern.compile("^[\\s\u3000]*经?(?:中华人民共和国)?");
    /**
     * A body named by itself in a segment of a joint line, to the act that follows it or to the segment's end:
     * 公安部 (公安部、外交部、交通部发布), 国家外汇管理局 (…、国家外汇管理局令第7号发布), 海关总署 (…、海关总署第1号令公布).
     */
    private static final Pattern BODY = Pattern.compile(
            "(\\p{IsHan}{2,20}?)[\\s\u3000]*(?:令第\\d+号|第\\d+号令|联合|发布|公布|批准|公告|关于|常务会议|[\\s\u3000]*$)");
    /** A law's or a decision's title inside a line (《关于修改〈…〉、〈…〉的决定》), and its issuers when it begins with some. */
    private static final Pattern TITLE_ISSUERS = Pattern.compile("^((?:\\p{IsHan}{2,20}、)+\\p{IsHan}{2,20}?)关于");

    /**
     * The 发布机构 of a line naming several bodies together, or null: an order they issued jointly
     * (中华人民共和国国务院、中华人民共和国中央军事委员会令第805号: review, /documents/2750 showed only 国务院), a decision
     * (《国务院、中央军事委员会关于修改…的决定》), the meetings of both courts (最高人民法院审判委员会第1411次会议、
     * 2007年2月14日最高人民检察院第十届检察委员会第71次会议通过), ministries publishing together (公安部、外交部、交通部发布).
     * Every segment between the 、 must begin with a body (by the promulgation rules, so 中华人民共和国国务院 is 国务院,
     * else by its name), and at least two different ones; titles quoted in the line are not read (a decision
     * amending 〈…选举法〉、〈…组织法〉 names laws, not bodies).
     */
    String jointPublisher(String line) {
        String text = DATE.matcher(outsideTitles(line)).replaceAll(" ");
        if (text.indexOf('、') < 0) {
            return null;
        }
        java.util.LinkedHashSet<String> bodies = new java.util.LinkedHashSet<>();
        for (String segment : text.split("、")) {
            String body = bodyAtStart(LEAD.matcher(segment).replaceFirst(""));
            if (body == null) {
                return null;
            }
            bodies.add(body);
        }
        return bodies.size() < 2 ? null : String.join("、", bodies);
    }

    /** The body a segment begins with: by the first promulgation rule matching there, else its name; null for none. */
    private String bodyAtStart(String segment) {
        for (PublisherRule rule : publishers) {
            String found = rule.in().equals(PROMULGATION) ? rule.apply(segment, true) : null;
            if (found != null) {
                return found;
            }
        }
        Matcher m = BODY.matcher(segment);
        return m.lookingAt() && !NOT_A_NAME.matcher(m.group(1)).find() ? m.group(1) : null;
    }

    /** The line without the titles it quotes (《…》, 〈…〉, <…>), but for the issuers a title begins with. */
    private static String outsideTitles(String line) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '《' || c == '〈' || c == '<') {
                if (depth++ == 0) {
                    start = i + 1;
                }
            } else if ((c == '》' || c == '〉' || c == '>') && depth > 0) {
                if (--depth == 0) {
                    Matcher issuers = TITLE_ISSUERS.matcher(line.substring(start, i));
                    out.append(issuers.find() ? issuers.group(1) + "关于" : " ");
                }
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What a body's name does not hold: 第九次会议通过 is no body. */
    private static final Pattern NOT_A_NAME = Pattern.compile("会议|通过|施行|修正|修订|废止|决定|批准|发布|公布");
    private static final Pattern BARE_BODY = Pattern.compile("\\p{IsHan}{2,20}");
    private static final Pattern ACT = Pattern.compile("通过|批准|发布|公布|施行|修正|修订|废止|令|会议|决定");

    /**
     * The lines with a joint naming the corpus split at its 、 put together again: "1984年1月7日 国务院" and
     * "中央军委发布" (军用标准化管理办法) are 国务院、中央军委发布. A line that is only a date and a body joins the next
     * when that one begins with a body, not with a date of its own (青岛市第十五届人民代表大会常务委员会 / 第九次会议通过
     * is one meeting; 中华人民共和国农村土地 / 承包经营纠纷调解仲裁法 is a title, with no date).
     */
    private List<String> joinedSplitLines(List<String> promulgation) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < promulgation.size(); i++) {
            String line = promulgation.get(i);
            Matcher date = DATE.matcher(line);
            String rest = date.lookingAt() ? LEAD.matcher(line.substring(date.end())).replaceFirst("").strip() : "";
            String next = i + 1 < promulgation.size() ? promulgation.get(i + 1).strip() : "";
            if (BARE_BODY.matcher(rest).matches() && !ACT.matcher(rest).find() && bodyAtStart(rest) != null
                    && !next.isEmpty() && !Character.isDigit(next.charAt(0)) && bodyAtStart(next) != null) {
                out.add(line.stripTrailing() + "、" + next);
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
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
