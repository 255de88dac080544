package org.zwgk.portal.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.catalog.Classification;
import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.channels.Channel;
import org.zwgk.portal.channels.ChannelAdminService;
import org.zwgk.portal.channels.ChannelKind;
import org.zwgk.portal.content.ContentSpecs.ChannelSpec;
import org.zwgk.portal.content.ContentSpecs.ClassificationSpec;
import org.zwgk.portal.content.ContentSpecs.Doc;
import org.zwgk.portal.content.ContentSpecs.Org;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.documents.Document;
import org.zwgk.portal.documents.DocumentContent;
import org.zwgk.portal.documents.DocumentMetadata;
import org.zwgk.portal.documents.DocumentService;
import org.zwgk.portal.documents.DocumentStatus;
import org.zwgk.portal.documents.LinkType;
import org.zwgk.portal.attachments.NewAttachment;
import org.zwgk.portal.web.Messages;
import org.zwgk.portal.web.SiteInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports the content repository: organizations, channels, classification trees, site identity and
 * documents. Idempotent (a second run changes nothing), a changed document gains a version, and the
 * whole import is one transaction: if any file has a problem, nothing is written.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class);
    private static final Actor ACTOR = AuditLog.system("content-import");

    private final DocumentService documents;
    private final SiteInfo site;
    private final AuditLog audit;
    private final Messages messages;

    private final org.zwgk.portal.plans.PlanImport plans;

    ContentImporter(DocumentService documents, SiteInfo site, AuditLog audit, Messages messages,
                    org.zwgk.portal.attachments.AttachmentStore attachmentStore, org.zwgk.portal.plans.PlanImport plans,
                    org.zwgk.portal.privacy.Deidentifier privacy) {
        this.plans = plans;
        this.attachmentStore = attachmentStore;
        this.privacy = privacy;
        this.documents = documents;
        this.site = site;
        this.audit = audit;
        this.messages = messages;
    }

    private final org.zwgk.portal.attachments.AttachmentStore attachmentStore;
    private final org.zwgk.portal.privacy.Deidentifier privacy;

    public ImportReport importFrom(Path contentDir) {
        ContentSpecs.Repository repo = new ContentReader(contentDir).read();
        ImportReport report = QuarkusTransaction.requiringNew().timeout(CorpusImporter.TRANSACTION_SECONDS).call(() -> apply(repo));
        site.reload();
        LOG.infof("content imported from %s: %s", contentDir, report);
        return report;
    }

    private ImportReport apply(ContentSpecs.Repository repo) {
        List<ContentError> errors = new ArrayList<>();
        site.save(repo.site());
        Map<String, Organization> orgs = applyOrganizations(repo.organizations(), errors);
        // the offices' phones just imported are public numbers for the documents that follow
        privacy.refreshPublicNumbers();
        Map<String, Channel> channels = applyChannels(repo.channels(), orgs, errors);
        applyOrganizationChannels(repo.organizationChannels(), orgs, channels, errors);
        int classifications = applyClassifications(repo.classifications(), errors);
        int[] counts = new int[4];
        if (errors.isEmpty()) {
            applyDocuments(repo.documents(), orgs, channels, errors, counts);
        }
        if (errors.isEmpty()) {
            for (org.zwgk.portal.plans.PlanSpec plan : repo.plans()) {
                for (String problem : plans.apply(plan, ACTOR)) {
                    errors.add(new ContentError(plan.file(), 0, problem));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentImportException(errors);
        }
        return new ImportReport(orgs.size(), channels.size(), classifications, counts[0], counts[1], counts[2], counts[3]);
    }

    private Map<String, Organization> applyOrganizations(List<Org> specs, List<ContentError> errors) {
        Map<String, Organization> byCode = new HashMap<>();
        Set<String> units = new HashSet<>();
        for (Org spec : specs) {
            if (byCode.containsKey(spec.code())) {
                errors.add(at(spec.src(), "code", "organization code '" + spec.code() + "' is used twice"));
                continue;
            }
            if (!units.add(spec.unitCode())) {
                errors.add(at(spec.src(), "unitCode", "unit code '" + spec.unitCode() + "' is used twice"));
            }
            Organization o = Organization.findByCode(spec.code()).orElseGet(Organization::new);
            boolean changed = o.id == null || !Objects.equals(o.name, spec.name()) || !Objects.equals(o.unitCode, spec.unitCode())
                    || !Objects.equals(o.shortName, spec.shortName()) || o.type != spec.type() || o.sortOrder != spec.sortOrder()
                    || o.reviewLevels != spec.reviewLevels() || !Objects.equals(o.phone, spec.phone());
            o.code = spec.code();
            o.name = spec.name();
            o.shortName = spec.shortName();
            o.unitCode = spec.unitCode();
            o.type = spec.type();
            o.sortOrder = spec.sortOrder();
            o.reviewLevels = spec.reviewLevels();
            o.phone = spec.phone();
            if (o.id == null) {
                o.persist();
            }
            if (changed) {
                audit.record(ACTOR, "organization.save", "organization", o.id, o.code + " " + o.name);
            }
            byCode.put(spec.code(), o);
        }
        for (Org spec : specs) {
            resolveParent(spec.parent(), byCode, Organization::findByCode, errors, spec.src(), "organization",
                    p -> byCode.get(spec.code()).parent = p);
        }
        return byCode;
    }

    private Map<String, Channel> applyChannels(List<ChannelSpec> specs, Map<String, Organization> orgs, List<ContentError> errors) {
        Map<String, Channel> byCode = new HashMap<>();
        for (ChannelSpec spec : specs) {
            if (byCode.containsKey(spec.code())) {
                errors.add(at(spec.src(), "code", "channel code '" + spec.code() + "' is used twice"));
                continue;
            }
            Organization owner = lookup(spec.owner(), orgs, Organization::findByCode);
            if (owner == null) {
                errors.add(at(spec.src(), "owner", "owner organization '" + spec.owner() + "' is not defined"));
                continue;
            }
            Channel c = Channel.findByCode(spec.code()).orElseGet(Channel::new);
            // a site admin's transfer or merge outranks the file until the file is brought in line
            boolean transferred = c.id != null && c.owner != owner && org.zwgk.portal.channels.ChannelAdminService.wasTransferred(c);
            if (c.id != null && c.owner != owner && !transferred) {
                // 谁开设、谁管理: ownership moves only by an audited transfer, never by editing a file.
                errors.add(at(spec.src(), "owner", "channel '" + spec.code() + "' belongs to '" + c.owner.code
                        + "'; ownership changes only by a site admin's transfer"));
                continue;
            }
            boolean created = c.id == null;
            c.code = spec.code();
            c.name = spec.name();
            c.kind = spec.kind();
            if (!transferred) {
                c.owner = owner;
            }
            c.defaultType = spec.defaultType();
            c.description = spec.description();
            c.openedOn = spec.openedOn();
            c.sortOrder = spec.sortOrder();
            if (created) {
                c.persist();
                audit.record(ACTOR, "channel.open", "channel", c.id, c.code + " 所属单位=" + owner.code);
            }
            byCode.put(spec.code(), c);
        }
        for (ChannelSpec spec : specs) {
            if (byCode.containsKey(spec.code())) {
                resolveParent(spec.parent(), byCode, Channel::findByCode, errors, spec.src(), "channel",
                        p -> byCode.get(spec.code()).parent = p);
            }
        }
        return byCode;
    }

    /**
     * 部门信息公开: every organization gets the template's channels, opened by and owned by it
     * (谁开设、谁管理); an organization added to the file gets its set on the next import. A channel of
     * the set that a site admin has transferred stays where it was moved.
     */
    private void applyOrganizationChannels(List<ContentSpecs.ChannelTemplate> templates, Map<String, Organization> orgs,
                                           Map<String, Channel> channels, List<ContentError> errors) {
        for (Organization org : orgs.values().stream().sorted(java.util.Comparator.comparingInt((Organization o) -> o.sortOrder)
                .thenComparing(o -> o.code)).toList()) {
            for (ContentSpecs.ChannelTemplate t : templates) {
                String code = org.code + t.suffix();
                if (channels.containsKey(code)) {
                    errors.add(at(t.src(), "suffix", "channel '" + code + "' of " + org.code + "'s set is also in channels.yaml"));
                    continue;
                }
                Channel c = Channel.findByCode(code).orElseGet(Channel::new);
                boolean created = c.id == null;
                if (!created && c.owner != org && !ChannelAdminService.wasTransferred(c)) {
                    errors.add(at(t.src(), "suffix", "channel '" + code + "' belongs to '" + c.owner.code
                            + "'; ownership changes only by a site admin's transfer"));
                    continue;
                }
                c.code = code;
                c.name = t.name();
                c.kind = ChannelKind.SECTION;
                if (created) {
                    c.owner = org;
                }
                c.defaultType = t.defaultType();
                c.description = t.description();
                c.sortOrder = 1000 + org.sortOrder * 10 + t.sortOrder();
                if (created) {
                    c.persist();
                    audit.record(ACTOR, "channel.open", "channel", c.id, c.code + " 所属单位=" + org.code);
                }
                channels.put(code, c);
            }
        }
    }

    private int applyClassifications(List<ClassificationSpec> specs, List<ContentError> errors) {
        Map<String, Classification> byKey = new HashMap<>();
        for (ClassificationSpec spec : specs) {
            String key = spec.scheme() + ":" + spec.code();
            if (byKey.containsKey(key)) {
                errors.add(at(spec.src(), "code", "classification code '" + spec.code() + "' is used twice"));
                continue;
            }
            Classification c = Classification.find(spec.scheme(), spec.code()).orElseGet(Classification::new);
            c.scheme = spec.scheme();
            c.code = spec.code();
            c.name = spec.name();
            c.sortOrder = spec.sortOrder();
            c.parent = spec.parent() == null ? null : byKey.get(spec.scheme() + ":" + spec.parent());
            if (c.id == null) {
                c.persist();
            }
            byKey.put(key, c);
        }
        return byKey.size();
    }

    private void applyDocuments(List<Doc> specs, Map<String, Organization> orgs, Map<String, Channel> channels,
                                List<ContentError> errors, int[] counts) {
        Map<String, Document> byKey = new HashMap<>();
        // 索引号 serials follow publication order, not file names
        List<Doc> ordered = specs.stream().sorted(java.util.Comparator.comparing(
                (Doc d) -> d.publishedAt() == null ? java.time.Instant.MAX : d.publishedAt()).thenComparing(Doc::key)).toList();
        for (Doc spec : ordered) {
            if (byKey.containsKey(spec.key())) {
                errors.add(at(spec.src(), "key", "document key '" + spec.key() + "' is used twice"));
                continue;
            }
            DocumentContent content = resolve(spec, orgs, channels, errors);
            if (content == null) {
                continue;
            }
            Document doc = Document.findByContentKey(spec.key()).orElse(null);
            if (doc == null) {
                doc = documents.publish(content, new DocumentService.Origin(spec.key(), null, spec.contentHash()),
                        spec.changeNote() != null ? spec.changeNote() : messages.firstPublication(), ACTOR);
                documents.setAttachments(doc, attachments(spec), ACTOR);
                counts[0]++;
            } else if (!spec.contentHash().equals(doc.contentHash)) {
                if (spec.changeNote() == null) {
                    errors.add(at(spec.src(), "title", "the document changed since it was published: say why in "
                            + "'change: {kind: minor|major, note: …}', the note is shown in its public version history"));
                    continue;
                }
                documents.revise(doc, content, spec.changeKind(), spec.changeNote(), spec.contentHash(), ACTOR);
                documents.setAttachments(doc, attachments(spec), ACTOR);
                counts[1]++;
            } else {
                // the database may have been restored without the data directory's files
                spec.attachments().stream().filter(a -> !java.nio.file.Files.exists(attachmentStore.pathOf(a.sha256())))
                        .forEach(a -> attachmentStore.store(a.file()));
                counts[2]++;
            }
            if (doc.status != spec.status() || !Objects.equals(doc.statusReason, spec.statusReason())) {
                switch (spec.status()) {
                    case WITHDRAWN -> documents.withdraw(doc, spec.statusReason(), ACTOR);
                    case REMOVED -> documents.remove(doc, spec.statusReason(), ACTOR);
                    default -> documents.republish(doc, ACTOR);
                }
                counts[3]++;
            }
            byKey.put(spec.key(), doc);
        }
        for (Doc spec : specs) {
            Document doc = byKey.get(spec.key());
            if (doc == null) {
                continue;
            }
            List<Document> targets = new ArrayList<>();
            for (String key : spec.interprets()) {
                Document target = lookup(key, byKey, k -> Document.findByContentKey(k));
                if (target == null) {
                    errors.add(at(spec.src(), "interprets", "interpreted document '" + key + "' is not defined"));
                } else {
                    targets.add(target);
                }
            }
            documents.setLinks(doc, LinkType.INTERPRETS, targets, ACTOR);
            Document replacement = null;
            if (spec.replacedBy() != null) {
                replacement = lookup(spec.replacedBy(), byKey, k -> Document.findByContentKey(k));
                if (replacement == null) {
                    errors.add(at(spec.src(), "replacedBy", "replacing document '" + spec.replacedBy() + "' is not defined"));
                }
            }
            documents.setReplacedBy(doc, replacement, ACTOR);
        }
    }

    private DocumentContent resolve(Doc spec, Map<String, Organization> orgs, Map<String, Channel> channels,
                                    List<ContentError> errors) {
        int before = errors.size();
        Organization org = lookup(spec.organization(), orgs, Organization::findByCode);
        if (org == null) {
            errors.add(at(spec.src(), "organization", "organization '" + spec.organization() + "' is not defined"));
        }
        Channel channel = lookup(spec.channel(), channels, Channel::findByCode);
        if (channel == null) {
            errors.add(at(spec.src(), "channel", "channel '" + spec.channel() + "' is not defined"));
        } else if (org != null && channel.owner != org && !isAncestor(channel.owner, org)) {
            errors.add(at(spec.src(), "channel", "channel '" + spec.channel() + "' belongs to '" + channel.owner.code
                    + "', not to '" + org.code + "' (谁开设、谁管理)"));
        }
        Classification topic = classification(spec, ClassificationScheme.TOPIC, spec.topic(), "topic", errors);
        Classification genre = classification(spec, ClassificationScheme.GENRE, spec.genre(), "genre", errors);
        if (errors.size() > before) {
            return null;
        }
        DocumentMetadata meta = spec.meta().copy();
        meta.topic = topic;
        meta.genre = genre;
        return new DocumentContent(org, channel, meta, spec.publishedAt());
    }

    /** The owner of a channel may publish into it, and so may a body above that owner in the tree. */
    private static boolean isAncestor(Organization owner, Organization org) {
        for (Organization o = owner.parent; o != null; o = o.parent) {
            if (o == org) {
                return true;
            }
        }
        return false;
    }

    private static Classification classification(Doc spec, ClassificationScheme scheme, String code, String field,
                                                 List<ContentError> errors) {
        if (code == null) {
            return null;
        }
        Classification c = Classification.find(scheme, code).orElse(null);
        if (c == null) {
            errors.add(at(spec.src(), field, field + " '" + code + "' is not defined"));
        }
        return c;
    }

    private static List<NewAttachment> attachments(Doc spec) {
        return spec.attachments().stream()
                .map(a -> new NewAttachment(a.title(), a.fileName(), a.mediaType(), a.file()))
                .toList();
    }

    private static <T> T lookup(String code, Map<String, T> known, java.util.function.Function<String, java.util.Optional<T>> db) {
        if (code == null) {
            return null;
        }
        T found = known.get(code);
        return found != null ? found : db.apply(code).orElse(null);
    }

    private static <T> void resolveParent(String parentCode, Map<String, T> known,
                                          java.util.function.Function<String, java.util.Optional<T>> db,
                                          List<ContentError> errors, YamlMap src, String what, Consumer<T> set) {
        if (parentCode == null) {
            set.accept(null);
            return;
        }
        T parent = lookup(parentCode, known, db);
        if (parent == null) {
            errors.add(at(src, "parent", "parent " + what + " '" + parentCode + "' is not defined"));
        } else {
            set.accept(parent);
        }
    }

    private static ContentError at(YamlMap src, String key, String message) {
        return new ContentError(src.file(), src.line(key), message);
    }
}
