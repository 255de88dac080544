package org.zwgk.portal.channels;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.catalog.DocumentType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 栏目: owned by the organization that opened it (谁开设、谁管理). */
@Entity
@Table(name = "channel")
public class Channel extends PanacheEntity {

    /** 来信选登: where citizens' letters are published with their answers, with the writer's consent. */
    public static final String LETTERS = "hdjl";
    /** 一号答知识库: questions and answers about 政务公开 itself. */
    public static final String ANSWERS = "yhd";
    /**
     * Published, searchable and listed on their own channel pages and under 互动交流, but not government
     * information of the 政府信息公开目录: citizens' letters and the 一号答 knowledge base stay out of the
     * catalogue, its counts and 最新信息 (browser walk: 34 answers typed 解读 filled the catalogue's first page).
     */
    public static final java.util.Set<String> OUTSIDE_CATALOGUE = java.util.Set.of(LETTERS, ANSWERS);

    public String code;
    public String name;

    @Enumerated(EnumType.STRING)
    public ChannelKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Organization owner;

    @ManyToOne(fetch = FetchType.LAZY)
    public Channel parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_type")
    public DocumentType defaultType;

    public String description;

    /** What a new draft here starts as: the channel's default type, a notice where it has none. */
    public DocumentType newDraftType() {
        return defaultType != null ? defaultType : DocumentType.NOTICE;
    }

    public int sortOrder;
    public LocalDate openedOn;
    /** Set when a site admin merged the channel into another (迁移整合): nothing is written here any more. */
    public LocalDate closedOn;
    @ManyToOne(fetch = FetchType.LAZY)
    public Channel mergedInto;

    public boolean isOpen() {
        return closedOn == null;
    }

    /**
     * The name a citizen reads where channels of many organizations stand together (the home page): an
     * organization's own channel (czj-qt, one of content/organization-channels.yaml's set) with its
     * organization, 市财政局 · 其他 (newcomer walk: a block headed 其他 alone); the site's channels as named.
     */
    public String publicName() {
        return owner != null && code != null && code.startsWith(owner.code + "-") ? owner.displayName() + " · " + name : name;
    }

    public boolean isNewMedia() {
        return kind != ChannelKind.SECTION;
    }

    public static Optional<Channel> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Channel> listOrdered() {
        return list("order by sortOrder, code");
    }
}
