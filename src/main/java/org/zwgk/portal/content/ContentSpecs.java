package org.zwgk.portal.content;

import org.zwgk.portal.documents.DocumentMetadata;

import org.zwgk.portal.catalog.ClassificationScheme;
import org.zwgk.portal.channels.ChannelKind;
import org.zwgk.portal.organizations.OrganizationType;
import org.zwgk.portal.documents.ChangeKind;
import org.zwgk.portal.documents.Disclosure;
import org.zwgk.portal.documents.DocumentStatus;
import org.zwgk.portal.catalog.DocumentType;
import org.zwgk.portal.documents.Validity;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the content files say, parsed but not yet checked against each other or the database. */
final class ContentSpecs {

    private ContentSpecs() {
    }

    record Repository(Map<String, String> site, List<Org> organizations, List<ChannelSpec> channels,
                      List<ClassificationSpec> classifications, List<Doc> documents,
                      List<ChannelTemplate> organizationChannels, List<org.zwgk.portal.plans.PlanSpec> plans) {
    }

    /** One channel of the set every organization gets (部门信息公开): its code is the organization's code + suffix. */
    record ChannelTemplate(YamlMap src, String suffix, String name, DocumentType defaultType, String description,
                           int sortOrder) {
    }

    record Org(YamlMap src, String code, String name, String shortName, String unitCode, OrganizationType type,
               String parent, int sortOrder, int reviewLevels, String phone) {
    }

    record ChannelSpec(YamlMap src, String code, String name, ChannelKind kind, String owner, String parent,
                       DocumentType defaultType, String description, LocalDate openedOn, int sortOrder) {
    }

    record ClassificationSpec(YamlMap src, ClassificationScheme scheme, String code, String name, String parent,
                              int sortOrder) {
    }

    record AttachmentSpec(YamlMap src, String title, String fileName, String mediaType, Path file, String sha256) {
    }

    /** A document file: its metadata (topic and genre still as codes, resolved on import) and where it goes. */
    record Doc(YamlMap src, String key, DocumentMetadata meta, String organization, String channel, String topic,
               String genre, Instant publishedAt, String replacedBy, List<String> interprets,
               List<AttachmentSpec> attachments, DocumentStatus status, String statusReason, ChangeKind changeKind,
               String changeNote, String contentHash) {

        Doc withHash(String hash) {
            return new Doc(src, key, meta, organization, channel, topic, genre, publishedAt, replacedBy, interprets,
                    attachments, status, statusReason, changeKind, changeNote, hash);
        }
    }
}
