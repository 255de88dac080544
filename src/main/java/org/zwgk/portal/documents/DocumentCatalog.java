package org.zwgk.portal.documents;

import org.zwgk.portal.channels.Channel;

import org.zwgk.portal.web.Page;
import org.zwgk.portal.web.PageRequest;

import org.zwgk.portal.catalog.Classification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads what the public may see. Everything here goes through {@link #LISTED}, so drafts, withheld
 * and removed documents cannot leak into a list by a forgotten condition.
 */
@ApplicationScoped
public class DocumentCatalog {

    static final String LISTED = "d.status = org.zwgk.portal.documents.DocumentStatus.PUBLISHED"
            + " and d.meta.disclosure = org.zwgk.portal.documents.Disclosure.PROACTIVE";

    private static final String FETCH = "from Document d join fetch d.organization join fetch d.channel"
            + " left join fetch d.meta.topic t left join fetch t.parent left join fetch d.meta.genre";

    private final EntityManager em;
    private final MarkdownRenderer markdown;
    private final ListingCounts counts;

    DocumentCatalog(EntityManager em, MarkdownRenderer markdown, ListingCounts counts) {
        this.em = em;
        this.markdown = markdown;
        this.counts = counts;
    }

    /**
     * One page of a public list, newest first. Its cost does not grow with the number of documents:
     * the total comes from {@link ListingCounts} (from the database only for a mix of two or more
     * filters, which no page links to), and the page's rows are read in the order of an index
     * (V9__listing_indexes.sql) that the query leads with, so the database stops after them.
     */
    @Transactional
    public Page<DocumentSummary> list(DocumentFilter filter, PageRequest page) {
        List<Classification> topics = filter.topic() == null ? List.of() : withChildren(filter.topic());
        long total = total(filter, topics);
        if (page.offset() >= total) {
            return new Page<>(total, page.page(), page.size(), List.of());
        }
        List<Long> ids;
        if (filter.topic() != null && topics.size() > 1 && leadOtherThanTopic(filter) == null) {
            // a topic with its children: the newest of each, merged (one index range per topic)
            List<Object[]> rows = new ArrayList<>();
            for (Classification t : topics) {
                rows.addAll(pageRows(filter, List.of(t), "d.meta.topic.id", 0, page.offset() + page.size()));
            }
            rows.sort(Comparator.comparing((Object[] r) -> (Instant) r[1], Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                    .thenComparing(r -> (Long) r[0]).reversed());
            ids = rows.stream().skip(page.offset()).limit(page.size()).map(r -> (Long) r[0]).toList();
        } else {
            String lead = leadOtherThanTopic(filter);
            ids = pageRows(filter, topics, lead == null && filter.topic() != null ? "d.meta.topic.id" : lead,
                    page.offset(), page.size()).stream().map(r -> (Long) r[0]).toList();
        }
        Map<Long, Document> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select d " + FETCH + " where d.id in :ids", Document.class).setParameter("ids", ids)
                    .getResultList().forEach(d -> found.put(d.id, d));
        }
        List<DocumentSummary> results = ids.stream().map(found::get).filter(Objects::nonNull).map(DocumentSummary::of).toList();
        return new Page<>(total, page.page(), page.size(), results);
    }

    /** The column the page's index leads with, other than the topic (which may stand for several). */
    private static String leadOtherThanTopic(DocumentFilter f) {
        return f.channel() != null ? "d.channel.id"
                : f.organization() != null ? "d.organization.id"
                : f.genre() != null ? "d.meta.genre.id"
                : f.type() != null ? "d.meta.type" : null;
    }

    /** Ids and publication times of one page of rows, read in the order of the index led by {@code lead}. */
    private List<Object[]> pageRows(DocumentFilter filter, List<Classification> topics, String lead, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where ").append(LISTED);
        Map<String, Object> params = new HashMap<>();
        outsideCatalogue(filter, where, params);
        if (filter.organization() != null) {
            where.append(" and d.organization = :organization");
            params.put("organization", filter.organization());
        }
        if (filter.channel() != null) {
            where.append(" and d.channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.type() != null) {
            where.append(" and d.meta.type = :type");
            params.put("type", filter.type());
        }
        if (topics.size() == 1) {
            where.append(" and d.meta.topic = :topic");
            params.put("topic", topics.get(0));
        } else if (!topics.isEmpty()) {
            where.append(" and d.meta.topic in :topics");
            params.put("topics", topics);
        }
        if (filter.genre() != null) {
            where.append(" and d.meta.genre = :genre");
            params.put("genre", filter.genre());
        }
        // H2 reads an index in order only when the ORDER BY names its leading columns too
        String order = (lead == null ? "" : lead + ", ") + "d.status, d.meta.disclosure, d.publishedAt desc, d.id desc";
        // The dated documents first, then the undated (an imported law whose source gives no date: review, 上海港口条例
        // opened 最新信息), newest id first. Both databases put nulls first in a descending order, and a "nulls last"
        // is not written out for H2 (Hibernate takes its nulls for the smallest, the URL makes them the greatest):
        // two reads of the same index instead, the second only on the page where the dated ones end.
        List<Object[]> rows = new ArrayList<>(rows(where + " and d.publishedAt is not null", order, params, offset, limit));
        if (rows.size() < limit) {
            long dated = !rows.isEmpty() || offset == 0 ? offset + rows.size() : count(where + " and d.publishedAt is not null", params);
            rows.addAll(rows(where + " and d.publishedAt is null", order, params, (int) Math.max(0, offset - dated), limit - rows.size()));
        }
        return rows;
    }

    private List<Object[]> rows(CharSequence where, String order, Map<String, Object> params, int offset, int limit) {
        var query = em.createQuery("select d.id, d.publishedAt from Document d" + where + " order by " + order, Object[].class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private long count(CharSequence where, Map<String, Object> params) {
        var query = em.createQuery("select count(d) from Document d" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * Not in the catalogue (HQL over {@code Document d}, the codes as {@code :outside}): a document of a channel
     * outside it, or one issued elsewhere ({@link Document#issuedElsewhere}).
     */
    static final String OUTSIDE_CATALOGUE = "(d.channel.code in :outside or not (" + Document.ISSUED_HERE + "))";

    /**
     * The catalogue leaves out the channels outside it (by their ids, so the page's index still leads) and
     * what other bodies issued.
     */
    private static void outsideCatalogue(DocumentFilter f, StringBuilder where, Map<String, Object> params) {
        if (!f.catalogue()) {
            return;
        }
        List<Long> outside = Channel.<Channel>list("code in ?1", Channel.OUTSIDE_CATALOGUE).stream().map(c -> c.id).toList();
        if (!outside.isEmpty()) {
            where.append(" and d.channel.id not in :outside");
            params.put("outside", outside);
        }
        where.append(" and ").append(Document.ISSUED_HERE);
    }

    private long total(DocumentFilter f, List<Classification> topics) {
        int filters = (f.organization() == null ? 0 : 1) + (f.channel() == null ? 0 : 1) + (f.type() == null ? 0 : 1)
                + (f.topic() == null ? 0 : 1) + (f.genre() == null ? 0 : 1);
        boolean catalogue = f.catalogue();
        if (filters == 0) {
            return counts.total(catalogue);
        }
        if (filters == 1) {
            if (f.organization() != null) {
                return counts.of(ListingCounts.By.ORGANIZATION, f.organization().code, catalogue);
            }
            if (f.channel() != null) {
                return counts.of(ListingCounts.By.CHANNEL, f.channel().code, catalogue);
            }
            if (f.type() != null) {
                return counts.of(ListingCounts.By.TYPE, f.type().name(), catalogue);
            }
            if (f.genre() != null) {
                return counts.of(ListingCounts.By.GENRE, f.genre().code, catalogue);
            }
            return topics.stream().mapToLong(t -> counts.of(ListingCounts.By.TOPIC, t.code, catalogue)).sum();
        }
        // two or more filters at once (typed URLs and the API): counted, within the narrowest index
        StringBuilder where = new StringBuilder(" where ").append(LISTED);
        Map<String, Object> params = new HashMap<>();
        outsideCatalogue(f, where, params);
        if (f.organization() != null) {
            where.append(" and d.organization = :organization");
            params.put("organization", f.organization());
        }
        if (f.channel() != null) {
            where.append(" and d.channel = :channel");
            params.put("channel", f.channel());
        }
        if (f.type() != null) {
            where.append(" and d.meta.type = :type");
            params.put("type", f.type());
        }
        if (!topics.isEmpty()) {
            where.append(" and d.meta.topic in :topics");
            params.put("topics", topics);
        }
        if (f.genre() != null) {
            where.append(" and d.meta.genre = :genre");
            params.put("genre", f.genre());
        }
        var count = em.createQuery("select count(d) from Document d" + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** How many listed documents each organization, topic or genre has, keyed by code. */
    @Transactional
    public Map<String, Long> countBy(String path) {
        if (!List.of("organization", "topic", "genre", "topic.parent", "channel").contains(path)) {
            throw new IllegalArgumentException(path);
        }
        // classifications are document metadata; organization and channel are the document's own
        String hql = path.startsWith("topic") || path.startsWith("genre") ? "meta." + path : path;
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select d." + hql + ".code, count(d) from Document d where " + LISTED
                        + " and d." + hql + " is not null group by d." + hql + ".code", Object[].class)
                .getResultList()
                .forEach(row -> counts.merge((String) row[0], (Long) row[1], Long::sum));
        return counts;
    }

    /** How many listed documents each channel has, by channel code; only the organization's own when one is given. */
    @Transactional
    public Map<String, Long> countByChannel(String organizationCode) {
        return countByChannel(organizationCode, false);
    }

    /**
     * How many listed documents each channel has that its organizations issued themselves: not a law, report or
     * ruling another body issued and they republish for reference (a stated 发布机构, or imported from a corpus).
     * What 法定主动公开内容 counts as an organ's disclosure under Art. 19–20 (review: the 3,426 laws of 法律法规
     * were counted as 昆山's 行政法规、规章和规范性文件).
     */
    @Transactional
    public Map<String, Long> countOwnByChannel(String organizationCode) {
        return countByChannel(organizationCode, true);
    }

    private Map<String, Long> countByChannel(String organizationCode, boolean ownOnly) {
        Map<String, Long> counts = new LinkedHashMap<>();
        var query = em.createQuery("select d.channel.code, count(d) from Document d where " + LISTED
                + (organizationCode == null ? "" : " and d.organization.code = :org")
                + (ownOnly ? " and " + Document.ISSUED_HERE : "")
                + " group by d.channel.code", Object[].class);
        if (organizationCode != null) {
            query.setParameter("org", organizationCode);
        }
        query.getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** A listed document's address and when it last changed: one line of a sitemap. */
    public record Stamp(long id, java.time.Instant lastModified) {
        public String url() {
            return org.zwgk.portal.web.Routes.document(id);
        }
    }

    /** One slice of the listed documents in id order, without loading them: sitemap pages stay cheap. */
    @Transactional
    public List<Stamp> stamps(int offset, int limit) {
        return em.createQuery("select d.id, d.updatedAt, d.publishedAt from Document d where " + LISTED + " order by d.id",
                        Object[].class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new Stamp((Long) r[0], r[1] != null ? (java.time.Instant) r[1] : (java.time.Instant) r[2]))
                .toList();
    }

    /** A topic and the topics under it: a list by topic shows both, as the catalogue's counts do. */
    private static List<Classification> withChildren(Classification topic) {
        List<Classification> out = new ArrayList<>();
        out.add(topic);
        out.addAll(Classification.<Classification>list("parent", topic));
        return out;
    }

    /**
     * When each channel last published something the public sees, by channel code: the first row of
     * each channel's listing index, so it costs the same with a thousand documents or a million. One
     * statement for all channels (a subquery per channel, which the database answers from that index):
     * a query per channel made /workbench/channels take seconds for a site admin with 256 channels.
     */
    @Transactional
    public Map<String, java.time.Instant> lastPublishedByChannel() {
        Map<String, java.time.Instant> last = new LinkedHashMap<>();
        em.createQuery("select c.code, (select d.publishedAt from Document d where " + LISTED
                        + " and d.channel = c and d.publishedAt is not null"
                        + " order by d.channel.id, d.status, d.meta.disclosure, d.publishedAt desc, d.id desc limit 1)"
                        + " from Channel c order by c.id", Object[].class)
                .getResultList().forEach(r -> {
                    if (r[1] != null) {
                        last.put((String) r[0], (java.time.Instant) r[1]);
                    }
                });
        return last;
    }

    /** Listed documents with ids above {@code afterId}, in id order: how an index is rebuilt in batches. */
    @Transactional
    public List<PublicDocument> listedAfter(long afterId, int limit) {
        return em.createQuery("select d " + FETCH + " where " + LISTED
                        + " and d.id > :after order by d.id", Document.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList()
                .stream().map(PublicDocument::of).toList();
    }

    /** Documents changed at or after {@code since}, listed or not: what an index missed while it was down. */
    @Transactional
    public List<DocumentChanged> changedSince(java.time.Instant since) {
        return em.createQuery("select d " + FETCH + " where d.updatedAt >= :since order by d.id", Document.class)
                .setParameter("since", since).getResultList().stream().map(DocumentChanged::of).toList();
    }

    @Transactional
    public long countListed() {
        return em.createQuery("select count(d) from Document d where " + LISTED, Long.class).getSingleResult();
    }

    /** A document's public state: present, withdrawn (still shown), removed (410) or absent (404). */
    public sealed interface Lookup {
        record Found(DocumentDetail detail) implements Lookup {
        }

        record Removed(String title, String reason, java.time.Instant at) implements Lookup {
        }

        record Absent() implements Lookup {
        }
    }

    @Transactional
    public Lookup find(long id) {
        Optional<Document> found = em.createQuery("select d " + FETCH + " where d.id = :id", Document.class)
                .setParameter("id", id).getResultStream().findFirst();
        if (found.isEmpty()) {
            return new Lookup.Absent();
        }
        Document d = found.get();
        if (d.status == DocumentStatus.REMOVED && d.meta.disclosure == Disclosure.PROACTIVE) {
            return new Lookup.Removed(d.meta.title, d.statusReason, d.statusChangedAt);
        }
        if (!d.hasPublicPage()) {
            return new Lookup.Absent();
        }
        return new Lookup.Found(detail(d));
    }

    @Transactional
    public Optional<DocumentVersionView> version(long id, String label) {
        // a withdrawn document's earlier versions went with its text
        Optional<Document> doc = Document.<Document>findByIdOptional(id).filter(Document::isListed);
        int[] parts = parseLabel(label);
        if (doc.isEmpty() || parts == null) {
            return Optional.empty();
        }
        Document d = doc.get();
        return DocumentVersion.find(d, parts[0], parts[1]).map(v -> new DocumentVersionView(
                DocumentSummary.of(d), v.label(), v.changeKind, v.changeNote, v.createdAt, v.meta.title, v.meta.docNumber,
                v.meta.validity, markdown.toSafeHtml(v.meta.body), v.label().equals(d.versionLabel())));
    }

    /**
     * A public attachment's stored file, or empty when the attachment or its document is not public. An
     * attachment of an earlier version is public only while the current version still carries the same
     * file (each version stores its own rows): one a revision took away, perhaps for the personal data in
     * it, is gone.
     */
    @Transactional
    public Optional<Attachment> attachment(long id) {
        return Attachment.<Attachment>findByIdOptional(id).filter(a -> a.document.isListed())
                .filter(a -> a.retiredAt == null
                        || Attachment.of(a.document).stream().anyMatch(current -> current.file.sha256.equals(a.file.sha256)));
    }

    /**
     * A document's public page. A withdrawn one keeps its page, which says that and why (a link to it
     * does not die), but not its text, files or earlier versions: a document is withdrawn for what it
     * says (personal data, published in error), and they would say it still.
     */
    private DocumentDetail detail(Document d) {
        boolean withdrawn = d.status == DocumentStatus.WITHDRAWN;
        List<DocumentDetail.Link> interprets = DocumentLink.from(d, LinkType.INTERPRETS).stream()
                .map(l -> l.target).filter(Document::hasPublicPage).map(DocumentDetail.Link::of).toList();
        List<Document> explaining = DocumentLink.to(d, LinkType.INTERPRETS).stream().map(l -> l.source).filter(Document::hasPublicPage).toList();
        // the 一号答 knowledge base's answers rest on a provision too, but are no 解读 of it (browser walk: the 条例
        // listed 36 相关解读, nearly all of them questions and answers)
        List<DocumentDetail.Link> interpretations = explaining.stream().filter(x -> !Interpretations.isAnswer(x)).map(DocumentDetail.Link::of).toList();
        List<DocumentDetail.Link> answers = explaining.stream().filter(Interpretations::isAnswer).map(DocumentDetail.Link::of).toList();
        DocumentDetail.Link replacedBy = d.replacedBy != null && d.replacedBy.hasPublicPage()
                ? DocumentDetail.Link.of(d.replacedBy) : null;
        List<DocumentDetail.Link> replaces = Document.<Document>list("replacedBy", d).stream()
                .filter(Document::hasPublicPage).map(DocumentDetail.Link::of).toList();
        List<DocumentDetail.Attachment> attachments = withdrawn ? List.of() : Attachment.of(d).stream()
                .map(a -> new DocumentDetail.Attachment(a.file.title, a.file.fileName, a.file.mediaType, a.file.sizeBytes, a.file.sha256, a.url()))
                .toList();
        List<DocumentDetail.Version> versions = withdrawn ? List.of() : DocumentVersion.history(d).stream()
                .map(v -> new DocumentDetail.Version(v.label(), v.changeKind, v.changeNote, v.createdAt, v.url(),
                        v.label().equals(d.versionLabel())))
                .toList();
        return new DocumentDetail(DocumentSummary.of(d), d.status, d.statusReason, d.statusChangedAt,
                d.versionLabel(), withdrawn ? "" : d.meta.body, withdrawn ? "" : markdown.toSafeHtml(d.meta.body), attachments,
                interprets, interpretations, answers,
                replacedBy, replaces, versions);
    }

    private static int[] parseLabel(String label) {
        String[] parts = label.split("\\.");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new int[]{Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
