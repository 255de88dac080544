package org.zwgk.portal.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentContent;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.documents.DocumentService;
import org.zwgk.portal.documents.DocumentStatus;
import org.zwgk.portal.documents.Validity;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.web.Messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Imports a JSON Lines corpus (shared/corpus format: id, title, category, version_date, promulgation,
 * body) as published policy documents, keeping each record's id as externalId. The whole file is
 * checked before anything is written; records then go in batches, and a record already imported
 * with the same text is left alone, so the command can be run again.
 */
@ApplicationScoped
public class CorpusImporter {

    private static final AuditLog.Actor ACTOR = AuditLog.system("corpus-import");
    private static final int BATCH = 500;
    /**
     * How long one batch (or the look for copies over the whole file) may take before the transaction
     * manager rolls it back: the default minute was nearly used up by the first batch on a busy 2-core
     * machine (browser walk: the reaper's ARJUNA012117 warning at 66 s), and a rolled-back batch stops the import.
     */
    static final int TRANSACTION_SECONDS = 1800;

    /** One checked record. */
    record CorpusRecord(int line, String id, String title, String category, LocalDate versionDate,
                        List<String> promulgation, String body) {

        /**
         * The date of this version: its version_date, else the latest date its promulgation history gives for
         * a decision (通过, 修正 …; not a 施行 line, which says when it took effect), else a date at the head of its
         * body (a report's "——2024年3月5日在…"). Null when none (65 上海 regulations, a guide and 62 of the State
         * Council's reports in the project's corpus): the document then has no 发布日期 and lists after the dated
         * ones, for the import day is not its date (browser walk: the eight undated parts of the 民法典 were all
         * "published" today and filled the home page; review: so did 上海港口条例). A 施行 date at the end of
         * a body is not taken either: a law takes effect after it is made.
         */
        LocalDate dated() {
            if (versionDate != null) {
                return versionDate;
            }
            LocalDate latest = null;
            for (String line : promulgation) {
                if (line.strip().endsWith("施行") && !line.contains("通过")) {
                    continue;
                }
                LocalDate d = firstDate(line);
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
            return latest != null ? latest : firstDate(body.substring(0, Math.min(body.length(), HEAD)), true);
        }

        private static final int HEAD = 200;

        /** The first whole date (2020年5月28日) in the text that is a day of the calendar. */
        static LocalDate firstDate(String text) {
            return firstDate(text, false);
        }

        /** The first date of the calendar in the text, passing over "自…起施行" when {@code notInForce}. */
        static LocalDate firstDate(String text, boolean notInForce) {
            java.util.regex.Matcher m = CHINESE_DATE.matcher(text);
            while (m.find()) {
                if (notInForce && IN_FORCE.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    continue;   // a short law's last article: when it took effect, not when it was made
                }
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    // 2月30日: not a day, look further
                }
            }
            return null;
        }

        /** The number of the order that made this version: the last one its promulgation history names. */
        String docNumber() {
            return docNumberOf(promulgation);
        }
    }

    private static final java.util.regex.Pattern IN_FORCE = java.util.regex.Pattern.compile("起?施行");
    private static final java.util.regex.Pattern CHINESE_DATE = java.util.regex.Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");

    /** One order: its issuers (several, joined by 、, for a joint order) and its number, 令第711号 or 第14号令. */
    private static final String ORDER = "(?:\\p{IsHan}+、)*\\p{IsHan}+?(?:令第[0-9]+号|第[0-9]+号令)";
    /**
     * An order's number in a promulgation line: 中华人民共和国国务院令第711号, 国家食品药品监督管理局令第9号; a joint
     * order with all its issuers, 中华人民共和国国务院、中华人民共和国中央军事委员会令第805号 (review: /documents/2750 showed
     * 中华人民共和国中央军事委员会令第805号); the orders of bodies promulgating together, 国家教育委员会令第8号、卫生部令第1号.
     */
    private static final java.util.regex.Pattern ORDER_NUMBER = java.util.regex.Pattern.compile(ORDER + "(?:、" + ORDER + ")*");

    /**
     * The 文号 of a law or regulation from its promulgation history (a 行政法规 or 规章 is promulgated by
     * an order whose number citizens cite, 国务院令第711号), the latest one; null when none is named. Dates are
     * passed over (2004年12月9日国务院令… is no 日国务院令).
     */
    public static String docNumberOf(List<String> promulgation) {
        String found = null;
        for (String line : promulgation) {
            java.util.regex.Matcher m = ORDER_NUMBER.matcher(CHINESE_DATE.matcher(line).replaceAll(" "));
            while (m.find()) {
                found = m.group();
            }
        }
        return found;
    }

    private final DocumentService documents;
    private final Messages messages;
    private final CorpusMessages corpusMessages;
    private final PortalConfig config;
    private final ObjectMapper json = new ObjectMapper();

    CorpusImporter(DocumentService documents, Messages messages, CorpusMessages corpusMessages, PortalConfig config) {
        this.documents = documents;
        this.messages = messages;
        this.corpusMessages = corpusMessages;
        this.config = config;
    }

    public int importFile(Path file, PrintStream progress) {
        List<CorpusRecord> records = read(file);
        CorpusMapping mapping = QuarkusTransaction.requiringNew().call(() -> CorpusMapping.load(config.contentDir()));
        progress.printf("%s: %d records checked%n", file, records.size());
        Map<CorpusRecord, Copy> copies = QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).call(() -> copies(records));
        if (!copies.isEmpty()) {
            progress.printf("%d records are copies of an earlier record or of a document of content/: not imported%n", copies.size());
        }
        Editions editions = Editions.of(records, copies.keySet());
        int done = 0;
        for (int from = 0; from < records.size(); from += BATCH) {
            List<CorpusRecord> batch = records.subList(from, Math.min(records.size(), from + BATCH));
            QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).run(() -> batch.forEach(r -> {
                Copy copy = copies.get(r);
                if (copy == null) {
                    importRecord(r, mapping, editions);
                } else {
                    removeEarlierImport(r, copy);
                }
            }));
            done += batch.size();
            progress.printf("imported %d / %d%n", done, records.size());
        }
        return records.size();
    }

    /** What a record copies: an earlier record of the file (its id), or a document of content/ (its id). */
    private record Copy(String externalId, Long contentDocumentId) {
    }

    /**
     * The records that copy another: the same title, date and text (but for spacing) as an earlier record,
     * which the corpus files under two categories (职业病防治法 as 社会法 and 经济法: /documents/2529 and 2602),
     * or the same title and date as a document of content/, which is the edition the site keeps (the 2019
     * 政府信息公开条例, /documents/5, was imported again as /documents/3130). Versions of one law with
     * different dates, and the 民法典's books (one title, different texts), are separate documents.
     */
    private static Map<CorpusRecord, Copy> copies(List<CorpusRecord> records) {
        Map<String, Long> content = new HashMap<>();
        for (Document d : Document.<Document>list("contentKey is not null and status = ?1", DocumentStatus.PUBLISHED)) {
            content.putIfAbsent(d.meta.title + '\u0000' + d.meta.writtenOn, d.id);
        }
        Map<String, String> firstByText = new HashMap<>();
        Map<CorpusRecord, Copy> copies = new java.util.IdentityHashMap<>();
        for (CorpusRecord r : records) {
            LocalDate dated = r.dated();
            Long inContent = dated == null ? null : content.get(r.title() + '\u0000' + dated);
            if (inContent != null) {
                copies.put(r, new Copy(null, inContent));
                continue;
            }
            // the text by its hash: the whole corpus's bodies need not stay in memory for the run
            String first = firstByText.putIfAbsent(r.title() + '\u0000' + dated + '\u0000'
                    + org.zwgk.portal.common.Sha256.hex(SPACING.matcher(r.body()).replaceAll("")), r.id());
            if (first != null && !first.equals(r.id())) {
                copies.put(r, new Copy(first, null));
            }
        }
        return copies;
    }

    /** Spaces, ideographic spaces and zero-width characters: two copies of a law differ in nothing else. */
    private static final java.util.regex.Pattern SPACING = java.util.regex.Pattern.compile("[\\s\u3000\u200b-\u200d\ufeff]");

    /** A copy an earlier import published (before copies were recognised) is removed, saying which one stays. */
    private void removeEarlierImport(CorpusRecord r, Copy copy) {
        Document earlier = Document.findByExternalId(r.id()).orElse(null);
        if (earlier == null || earlier.status == DocumentStatus.REMOVED) {
            return;
        }
        Document kept = copy.contentDocumentId() != null ? Document.findById(copy.contentDocumentId())
                : Document.findByExternalId(copy.externalId()).orElse(null);
        // only for a copy that stays public: never both gone (review: a kept record removed by an earlier run)
        if (kept != null && kept != earlier && kept.status == DocumentStatus.PUBLISHED) {
            documents.remove(earlier, corpusMessages.duplicateRemoved(kept.meta.title, kept.url()), ACTOR);
        }
    }

    List<CorpusRecord> read(Path file) {
        List<CorpusRecord> out = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        String name = file.toString();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(lineNo, json.readTree(line)));
                } catch (IOException | IllegalArgumentException e) {
                    errors.add(new ContentError(name, lineNo, e.getMessage().lines().findFirst().orElse("bad record")));
                }
                if (errors.size() >= 20) {
                    break;
                }
            }
        } catch (IOException e) {
            errors.add(new ContentError(name, 0, "cannot be read: " + e.getMessage()));
        }
        if (out.isEmpty() && errors.isEmpty()) {
            errors.add(new ContentError(name, 0, "no records"));
        }
        if (!errors.isEmpty()) {
            throw new ContentImportException(errors);
        }
        return out;
    }

    private CorpusRecord parse(int line, JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a record must be a JSON object");
        }
        String id = text(node, "id", true);
        String title = text(node, "title", true);
        // a few real records carry only a title and their promulgation history
        String body = java.util.Objects.requireNonNullElse(text(node, "body", false), "");
        if (id.length() > 100 || title.length() > 500) {
            throw new IllegalArgumentException("id or title too long");
        }
        String date = text(node, "version_date", false);
        LocalDate versionDate;
        try {
            versionDate = date == null ? null : LocalDate.parse(date);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("version_date '" + date + "' is not a date like 2019-04-03");
        }
        List<String> promulgation = new ArrayList<>();
        node.path("promulgation").forEach(p -> promulgation.add(p.asText()));
        return new CorpusRecord(line, id, title, text(node, "category", false), versionDate, promulgation, body);
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            if (required) {
                throw new IllegalArgumentException("missing field '" + field + "'");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return value.asText();
    }

    /**
     * What records sharing a title are to each other. Versions of one law (公司法 of 2018 and of 2023): every one
     * but the latest is 已修改, as content/'s 2007 条例 is (browser walk: the 2018 公司法 was listed beside the 2023 one
     * with nothing to tell them apart). Parts of one law filed as records of their own (the 民法典's books, one
     * title, no date, at least one of them starting after 第一条): every part is titled with the articles it holds,
     * 中华人民共和国民法典（第一千一百一十九条至第一千一百六十三条）, the first too (第一条至第二百零四条), instead of
     * eight results reading the same (review: the 总则 and the two-article 附则 both kept the plain title, and the
     * plain one reads as the whole code). Records of one title and date that all start at 第一条 are not parts.
     */
    public record Editions(java.util.Set<CorpusRecord> amended, Map<CorpusRecord, String> titles) {

        static Editions of(List<CorpusRecord> records, java.util.Set<CorpusRecord> copies) {
            Map<String, List<CorpusRecord>> byTitle = new HashMap<>();
            for (CorpusRecord r : records) {
                if (!copies.contains(r)) {
                    byTitle.computeIfAbsent(r.title(), t -> new java.util.ArrayList<>()).add(r);
                }
            }
            java.util.Set<CorpusRecord> amended = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            Map<CorpusRecord, String> titles = new java.util.IdentityHashMap<>();
            for (List<CorpusRecord> same : byTitle.values()) {
                if (same.size() < 2) {
                    continue;
                }
                LocalDate latest = same.stream().map(CorpusRecord::dated).filter(java.util.Objects::nonNull)
                        .max(java.util.Comparator.naturalOrder()).orElse(null);
                for (CorpusRecord r : same) {
                    LocalDate dated = r.dated();
                    if (dated != null && dated.isBefore(latest)) {
                        amended.add(r);
                    }
                }
                Map<LocalDate, List<CorpusRecord>> byDate = new HashMap<>();
                for (CorpusRecord r : same) {
                    byDate.computeIfAbsent(r.dated(), d -> new java.util.ArrayList<>()).add(r);
                }
                for (List<CorpusRecord> parts : byDate.values()) {
                    if (parts.size() > 1 && parts.stream().anyMatch(r -> startsAfterFirstArticle(r.body()))) {
                        parts.forEach(r -> titles.put(r, partTitle(r.title(), r.body())));
                    }
                }
            }
            return new Editions(amended, titles);
        }

        /**
         * Whether a body's first article comes after 第一条: a part of a law, not the law (the 民法典's 物权编 starts at
         * 第二百零五条). Not {@link org.zwgk.portal.documents.Articles#split}, which wants three articles: the 附则 has two.
         */
        public static boolean startsAfterFirstArticle(String body) {
            for (String line : body.split("\n")) {
                int n = org.zwgk.portal.documents.Articles.number(line);
                if (n >= 0) {
                    return n > 1;
                }
            }
            return false;
        }

        /** 第一千一百一十九条至第一千一百六十三条, 第一条至第二百零四条, 第一千二百五十九条 for one article; null for none. */
        private static String span(String body) {
            String first = null;
            String last = null;
            for (String line : body.split("\n")) {
                String heading = org.zwgk.portal.documents.Articles.number(line) < 0 ? null : heading(line);
                if (heading != null) {
                    first = first == null ? heading : first;
                    last = heading;
                }
            }
            return first == null ? null : first.equals(last) ? first : first + "至" + last;
        }

        private static String heading(String article) {
            String text = article.strip();
            int end = text.indexOf('条');
            return end < 0 || end > 12 ? null : text.substring(0, end + 1);
        }

        String title(CorpusRecord r) {
            return titles.getOrDefault(r, r.title());
        }

        /**
         * The title of a part of a law filed with others under its title and date (when one of them starts after
         * 第一条, {@link #startsAfterFirstArticle}): the title with the part's articles, as the import gives it.
         */
        public static String partTitle(String title, String body) {
            String span = span(body);
            return span == null ? title : title + "（" + span + "）";
        }
    }

    private void importRecord(CorpusRecord r, CorpusMapping mapping, Editions editions) {
        boolean report = mapping.isReport(r.category());
        // by id: after the first record of a batch these come from the persistence context
        Channel channel = Channel.findById(report ? mapping.reportChannelId() : mapping.lawChannelId());
        Long genreId = mapping.genreFor(r.category());
        Classification genre = genreId == null ? null : Classification.findById(genreId);
        Organization org = channel.owner;
        String body = (r.promulgation().isEmpty() ? "" : String.join("\n", r.promulgation().stream().map(p -> "- " + p).toList()) + "\n\n")
                + r.body();
        DocumentMetadata meta = new DocumentMetadata();
        meta.type = report ? DocumentType.REPORT : DocumentType.POLICY;
        meta.title = editions.title(r);
        boolean amended = editions.amended().contains(r);
        if (amended) {
            meta.validity = Validity.AMENDED;
        }
        meta.docNumber = r.docNumber();
        meta.genre = genre;
        // a report too: the State Council's and the provinces' reports are theirs, not the filing office's (review)
        meta.publisher = mapping.publisherFor(r.title(), r.category(), r.promulgation());
        LocalDate dated = r.dated();
        meta.writtenOn = dated;
        meta.disclosure = Disclosure.PROACTIVE;
        meta.body = body;
        DocumentContent content = new DocumentContent(org, channel, meta,
                dated == null ? null : dated.atStartOfDay(PortalConfig.ZONE).toInstant(), dated == null);
        // the publisher joins the hash only when there is one, so records without it keep their stored hashes
        String hash = ContentReader.sha256(meta.title + '\u0000' + r.category() + '\u0000' + dated + '\u0000' + body
                + (meta.publisher == null ? "" : '\u0000' + meta.publisher)
                + (meta.docNumber == null ? "" : '\u0000' + meta.docNumber)
                + (amended ? "\u0000AMENDED" : ""));
        Document existing = Document.findByExternalId(r.id()).orElse(null);
        if (existing == null) {
            documents.publish(content, new DocumentService.Origin(null, r.id(), hash), messages.firstPublication(), ACTOR);
        } else if (!hash.equals(existing.contentHash) || !java.util.Objects.equals(genreId(existing), genreId)
                || (dated == null && existing.publishedAt != null)) {
            // a new genre rule (content/corpus.yaml) reaches documents imported before it as well, and an undated
            // record an earlier import dated on its own day loses that date
            documents.revise(existing, content, ChangeKind.MINOR, messages.corpusUpdated(), hash, ACTOR);
        }
    }

    private static Long genreId(Document d) {
        return d.meta.genre == null ? null : d.meta.genre.id;
    }
}
