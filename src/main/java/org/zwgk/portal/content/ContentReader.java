package org.zwgk.portal.content;

import org.zwgk.portal.documents.DocumentMetadata;

import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.channels.ChannelKind;
import org.zwgk.portal.content.ContentSpecs.AttachmentSpec;
import org.zwgk.portal.content.ContentSpecs.ChannelSpec;
import org.zwgk.portal.content.ContentSpecs.ClassificationSpec;
import org.zwgk.portal.content.ContentSpecs.Doc;
import org.zwgk.portal.content.ContentSpecs.Org;
import org.zwgk.portal.organizations.OrganizationType;
import org.zwgk.portal.attachments.AttachmentStore;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.DocumentStatus;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.Validity;
import org.zwgk.portal.web.SiteInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the content repository into specs. Every file is read even after a bad one, so one run
 * reports all problems; any problem means the caller imports nothing.
 */
final class ContentReader {

    private static final Set<String> ORG_FIELDS =
            Set.of("code", "name", "shortName", "unitCode", "type", "parent", "sortOrder", "reviewLevels", "phone");
    private static final Set<String> CHANNEL_FIELDS =
            Set.of("code", "name", "kind", "owner", "parent", "defaultType", "description", "openedOn", "sortOrder");
    private static final Set<String> TEMPLATE_FIELDS = Set.of("suffix", "name", "defaultType", "description", "sortOrder");
    private static final Set<String> PLAN_FIELDS = Set.of("code", "title", "year", "organization", "docNumber", "issuedOn",
            "groups", "goals", "decisions");
    private static final Set<String> PLAN_ROW_FIELDS = Set.of("number", "text", "leadAsWritten", "lead",
            "responsibleAsWritten", "responsible", "due", "dueFrom", "dueNote");
    private static final Set<String> CLASSIFICATION_FIELDS = Set.of("code", "name", "children");
    private static final Set<String> DOC_FIELDS = Set.of("key", "type", "title", "docNumber", "publisher", "organization",
            "channel", "topic", "genre", "writtenOn", "publishedAt", "validity", "replacedBy", "disclosure",
            "withheldReason", "summary", "interprets", "attachments", "status", "statusReason", "change");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf", "ofd", "application/ofd", "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png", "image/png", "jpg", "image/jpeg", "txt", "text/plain", "zip", "application/zip");

    private final Path root;
    private final List<ContentError> errors = new ArrayList<>();

    ContentReader(Path root) {
        this.root = root;
    }

    ContentSpecs.Repository read() {
        if (!Files.isDirectory(root)) {
            throw new ContentImportException(List.of(new ContentError(root.toString(), 0, "content directory not found")));
        }
        Map<String, String> site = readSite();
        List<Org> orgs = readList("organizations.yaml", this::org);
        List<ChannelSpec> channels = readList("channels.yaml", this::channel);
        List<ClassificationSpec> classifications = new ArrayList<>();
        classifications.addAll(readTree("classifications/topics.yaml", ClassificationScheme.TOPIC));
        classifications.addAll(readTree("classifications/genres.yaml", ClassificationScheme.GENRE));
        List<Doc> docs = readDocuments();
        List<ContentSpecs.ChannelTemplate> orgChannels = readList("organization-channels.yaml", this::channelTemplate);
        List<org.zwgk.portal.plans.PlanSpec> plans = readPlans();
        if (!errors.isEmpty()) {
            throw new ContentImportException(errors);
        }
        return new ContentSpecs.Repository(site, orgs, channels, classifications, docs, orgChannels, plans);
    }

    private Map<String, String> readSite() {
        Map<String, String> site = new LinkedHashMap<>();
        String text = text(root.resolve("site.yaml"), true);
        if (text == null) {
            return site;
        }
        guard(() -> {
            // nested blocks (application:, statutory: …) are kept flat as "block.key"
            Set<String> top = new java.util.HashSet<>();
            Map<String, Set<String>> nested = new LinkedHashMap<>();
            for (String key : SiteInfo.KEYS) {
                int dot = key.indexOf('.');
                top.add(dot < 0 ? key : key.substring(0, dot));
                if (dot > 0) {
                    nested.computeIfAbsent(key.substring(0, dot), k -> new java.util.HashSet<>()).add(key.substring(dot + 1));
                }
            }
            YamlMap map = YamlMap.parseMapping("site.yaml", text, 0).allowOnly(top);
            for (String key : SiteInfo.KEYS) {
                int dot = key.indexOf('.');
                String value;
                if (dot < 0) {
                    value = map.optString(key);
                } else {
                    YamlMap block = map.map(key.substring(0, dot));
                    value = block == null ? null
                            : block.allowOnly(nested.get(key.substring(0, dot))).optString(key.substring(dot + 1));
                }
                if (value != null) {
                    site.put(key, value);
                }
            }
            return null;
        });
        return site;
    }

    private <T> List<T> readList(String name, Function<YamlMap, T> parse) {
        String text = text(root.resolve(name), true);
        List<T> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<YamlMap> entries = guard(() -> YamlMap.parseList(name, text));
        if (entries != null) {
            for (YamlMap entry : entries) {
                T spec = guard(() -> parse.apply(entry));
                if (spec != null) {
                    out.add(spec);
                }
            }
        }
        return out;
    }

    private List<ClassificationSpec> readTree(String name, ClassificationScheme scheme) {
        String text = text(root.resolve(name), true);
        List<ClassificationSpec> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<YamlMap> entries = guard(() -> YamlMap.parseList(name, text));
        if (entries != null) {
            addTree(entries, scheme, null, out);
        }
        return out;
    }

    private void addTree(List<YamlMap> entries, ClassificationScheme scheme, String parent, List<ClassificationSpec> out) {
        for (YamlMap entry : entries) {
            ClassificationSpec spec = guard(() -> {
                entry.allowOnly(CLASSIFICATION_FIELDS);
                return new ClassificationSpec(entry, scheme, entry.string("code"), entry.string("name"), parent, out.size());
            });
            if (spec != null) {
                out.add(spec);
                List<YamlMap> children = guard(() -> entry.maps("children"));
                if (children != null) {
                    addTree(children, scheme, spec.code(), out);
                }
            }
        }
    }

    private Org org(YamlMap m) {
        m.allowOnly(ORG_FIELDS);
        if (!m.has("type")) {
            throw m.problem("code", "missing required field 'type' (one of " + List.of(OrganizationType.values()) + ")");
        }
        return new Org(m, m.string("code"), m.string("name"), m.optString("shortName"), m.string("unitCode"),
                m.opt("type", v -> OrganizationType.valueOf(v.toUpperCase(Locale.ROOT)), "one of " + List.of(OrganizationType.values())),
                m.optString("parent"), intOr(m, "sortOrder"), reviewLevels(m), m.optString("phone"));
    }

    private int reviewLevels(YamlMap m) {
        Integer levels = m.opt("reviewLevels", Integer::valueOf, "a whole number from 1 to 5");
        if (levels != null && (levels < 1 || levels > 5)) {
            throw m.problem("reviewLevels", "reviewLevels must be from 1 to 5");
        }
        return levels == null ? 1 : levels;
    }

    private ChannelSpec channel(YamlMap m) {
        m.allowOnly(CHANNEL_FIELDS);
        ChannelKind kind = m.opt("kind", v -> ChannelKind.valueOf(v.toUpperCase(Locale.ROOT)), "one of " + List.of(ChannelKind.values()));
        return new ChannelSpec(m, m.string("code"), m.string("name"), kind == null ? ChannelKind.SECTION : kind,
                m.string("owner"), m.optString("parent"), m.opt("defaultType", ContentReader::documentType, "a document type"),
                m.optString("description"), m.opt("openedOn", LocalDate::parse, "a date like 2018-08-02"),
                intOr(m, "sortOrder"));
    }

    private ContentSpecs.ChannelTemplate channelTemplate(YamlMap m) {
        m.allowOnly(TEMPLATE_FIELDS);
        String suffix = m.string("suffix");
        if (!suffix.matches("-[a-z0-9]{1,16}")) {
            throw m.problem("suffix", "a suffix is '-' and up to 16 lower-case letters or digits, like -zcwj");
        }
        return new ContentSpecs.ChannelTemplate(m, suffix, m.string("name"),
                m.opt("defaultType", ContentReader::documentType, "a document type"), m.optString("description"),
                intOr(m, "sortOrder"));
    }

    /** content/plans/*.yaml: one annual plan (工作要点) each. */
    private List<org.zwgk.portal.plans.PlanSpec> readPlans() {
        Path dir = root.resolve("plans");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<org.zwgk.portal.plans.PlanSpec> plans = new ArrayList<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            String text = text(file, false);
            if (text != null) {
                org.zwgk.portal.plans.PlanSpec plan = guard(() -> plan(name, text));
                if (plan != null) {
                    plans.add(plan);
                }
            }
        }
        return plans;
    }

    private org.zwgk.portal.plans.PlanSpec plan(String name, String text) {
        YamlMap m = YamlMap.parseMapping(name, text, 0).allowOnly(PLAN_FIELDS);
        List<org.zwgk.portal.plans.PlanSpec.Group> groups = new ArrayList<>();
        for (YamlMap g : m.maps("groups")) {
            g.allowOnly(Set.of("code", "name", "members"));
            groups.add(new org.zwgk.portal.plans.PlanSpec.Group(g.string("code"), g.string("name"), g.strings("members")));
        }
        List<org.zwgk.portal.plans.PlanSpec.Goal> goals = new ArrayList<>();
        for (YamlMap g : m.maps("goals")) {
            g.allowOnly(Set.of("number", "label", "title", "tasks"));
            List<org.zwgk.portal.plans.PlanSpec.Task> tasks = new ArrayList<>();
            for (YamlMap t : g.maps("tasks")) {
                t.allowOnly(Set.of("number", "label", "title", "rows"));
                List<org.zwgk.portal.plans.PlanSpec.Row> rows = new ArrayList<>();
                for (YamlMap r : t.maps("rows")) {
                    r.allowOnly(PLAN_ROW_FIELDS);
                    rows.add(new org.zwgk.portal.plans.PlanSpec.Row(r.line(), number(r, "number"), r.string("text"),
                            r.optString("leadAsWritten"), r.strings("lead"), r.optString("responsibleAsWritten"),
                            r.strings("responsible"), r.opt("due", LocalDate::parse, "a date like 2018-12-31"),
                            r.optString("dueFrom"), r.optString("dueNote")));
                }
                tasks.add(new org.zwgk.portal.plans.PlanSpec.Task(number(t, "number"), t.string("label"), t.string("title"), rows));
            }
            goals.add(new org.zwgk.portal.plans.PlanSpec.Goal(number(g, "number"), g.string("label"), g.string("title"), tasks));
        }
        List<org.zwgk.portal.plans.PlanSpec.Decision> decisions = new ArrayList<>();
        for (YamlMap d : m.maps("decisions")) {
            d.allowOnly(Set.of("row", "seed", "decision"));
            decisions.add(new org.zwgk.portal.plans.PlanSpec.Decision(number(d, "row"), d.string("seed"), d.string("decision")));
        }
        return new org.zwgk.portal.plans.PlanSpec(name, m.string("code"), m.string("title"), number(m, "year"),
                m.string("organization"), m.optString("docNumber"), m.opt("issuedOn", LocalDate::parse, "a date like 2018-08-02"),
                groups, goals, decisions);
    }

    private static int number(YamlMap m, String key) {
        Integer value = m.opt(key, Integer::valueOf, "a whole number");
        if (value == null) {
            throw m.problem(key, "missing required field '" + key + "'");
        }
        return value;
    }

    private int intOr(YamlMap m, String key) {
        Integer value = m.opt(key, Integer::valueOf, "a whole number");
        return value == null ? 0 : value;
    }

    private List<Doc> readDocuments() {
        Path dir = root.resolve("documents");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Doc> docs = new ArrayList<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            String text = text(file, false);
            if (text != null) {
                Doc doc = guard(() -> document(name, file, text));
                if (doc != null) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private Doc document(String name, Path file, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            throw new YamlMap.Problem(new ContentError(name, 1, "a document starts with a '---' line and its front matter"));
        }
        int end = normalized.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new YamlMap.Problem(new ContentError(name, 1, "front matter is not closed by a '---' line"));
        }
        String front = normalized.substring(4, end + 1);
        String body = normalized.substring(end + 5).strip();
        YamlMap m = YamlMap.parseMapping(name, front, 1).allowOnly(DOC_FIELDS);

        String key = m.optString("key");
        if (key == null) {
            key = name.substring("documents/".length(), name.length() - 3);
        }
        List<AttachmentSpec> attachments = new ArrayList<>();
        for (YamlMap a : m.maps("attachments")) {
            a.allowOnly(Set.of("file", "title"));
            String rel = a.string("file");
            Path path = file.getParent().resolve(rel).normalize();
            if (!path.startsWith(root.normalize()) || !Files.isRegularFile(path)) {
                throw a.problem("file", "attachment file '" + rel + "' not found next to the document");
            }
            String fileName = path.getFileName().toString();
            String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            String mediaType = MEDIA_TYPES.get(ext);
            if (mediaType == null) {
                throw a.problem("file", "attachment type '." + ext + "' is not allowed (allowed: "
                        + String.join(", ", MEDIA_TYPES.keySet().stream().sorted().toList()) + ")");
            }
            attachments.add(new AttachmentSpec(a, a.optString("title") != null ? a.optString("title") : fileName,
                    fileName, mediaType, path, AttachmentStore.sha256Of(path)));
        }
        YamlMap change = m.map("change");
        if (change != null) {
            change.allowOnly(Set.of("kind", "note"));
        }
        DocumentStatus status = m.opt("status", v -> DocumentStatus.valueOf(v.toUpperCase(Locale.ROOT)), "published, withdrawn or removed");
        if (status == DocumentStatus.DRAFT) {
            throw m.problem("status", "drafts are not kept in the content repository");
        }
        String statusReason = m.optString("statusReason");
        if (status != null && status != DocumentStatus.PUBLISHED && statusReason == null) {
            throw m.problem("status", "a withdrawn or removed document needs 'statusReason'");
        }
        Disclosure disclosure = m.opt("disclosure", v -> Disclosure.valueOf(v.toUpperCase(Locale.ROOT)), "one of " + List.of(Disclosure.values()));
        String withheldReason = m.optString("withheldReason");
        if (disclosure == Disclosure.WITHHELD && withheldReason == null) {
            throw m.problem("disclosure", "a withheld document needs 'withheldReason' (the legal ground)");
        }
        if (body.isEmpty()) {
            throw new YamlMap.Problem(new ContentError(name, m.line(), "the document has no body after its front matter"));
        }
        DocumentMetadata meta = new DocumentMetadata();
        meta.type = m.opt("type", ContentReader::documentType, "one of " + List.of(DocumentType.values()));
        if (meta.type == null) {
            throw m.problem("type", "missing required field 'type'");
        }
        meta.title = m.string("title");
        meta.docNumber = m.optString("docNumber");
        meta.publisher = m.optString("publisher");
        meta.writtenOn = m.opt("writtenOn", LocalDate::parse, "a date like 2018-08-02");
        meta.validity = m.opt("validity", v -> Validity.valueOf(v.toUpperCase(Locale.ROOT)), "one of " + List.of(Validity.values()));
        meta.disclosure = disclosure == null ? Disclosure.PROACTIVE : disclosure;
        meta.withheldReason = withheldReason;
        meta.summary = m.optString("summary");
        meta.body = body;
        Doc doc = new Doc(m, key, meta, m.string("organization"), m.string("channel"),
                m.optString("topic"), m.optString("genre"),
                m.opt("publishedAt", ContentReader::instant, "a date like 2018-08-02 or 2018-08-02T17:00:00+08:00"),
                m.optString("replacedBy"), m.strings("interprets"), attachments,
                status == null ? DocumentStatus.PUBLISHED : status, statusReason,
                change == null ? ChangeKind.MINOR : change.opt("kind", v -> ChangeKind.valueOf(v.toUpperCase(Locale.ROOT)), "major or minor"),
                change == null ? null : change.optString("note"), null);
        return withHash(doc);
    }

    /** The hash covers what readers see of the document itself; links and status are applied separately. */
    private static Doc withHash(Doc d) {
        StringBuilder canonical = new StringBuilder();
        DocumentMetadata m = d.meta();
        // this order is the stored hashes' order: changing it would make every imported document look changed
        for (Object part : new Object[]{m.type, m.title, m.docNumber, d.organization(), d.channel(), d.topic(),
                d.genre(), m.writtenOn, d.publishedAt(), m.validity, m.disclosure, m.withheldReason,
                m.summary, m.body}) {
            canonical.append(part).append('\u0000');
        }
        d.attachments().forEach(a -> canonical.append(a.title()).append('|').append(a.fileName()).append('|')
                .append(a.sha256()).append('\u0000'));
        if (m.publisher != null) {
            // last and only when set: documents without a publisher keep their stored hashes
            canonical.append("publisher|").append(m.publisher).append('\u0000');
        }
        return d.withHash(sha256(canonical.toString()));
    }

    private static DocumentType documentType(String value) {
        return DocumentType.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static Instant instant(String value) {
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(org.zwgk.portal.common.PortalConfig.ZONE).toInstant();
        }
        return OffsetDateTime.parse(value).toInstant();
    }

    private String text(Path file, boolean optional) {
        String name = root.relativize(file).toString().replace('\\', '/');
        if (!Files.exists(file)) {
            if (!optional) {
                errors.add(new ContentError(name, 0, "file not found"));
            }
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            errors.add(new ContentError(name, 0, "not UTF-8 text"));
            return null;
        } catch (IOException e) {
            errors.add(new ContentError(name, 0, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private <T> T guard(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (YamlMap.Problem p) {
            errors.add(p.error);
            return null;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
