package org.zwgk.portal.channels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.zwgk.portal.audit.AuditEvent;
import org.zwgk.portal.audit.AuditLog;
import org.zwgk.portal.audit.AuditLog.Actor;
import org.zwgk.portal.organizations.Organization;
import org.zwgk.portal.access.Ownership;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.web.UserError;

import java.time.LocalDate;

/**
 * What only a site admin does to channels: transfer one to another organization, or merge a poorly
 * kept one into another (迁移整合). Both are audited with the state before and after.
 */
@ApplicationScoped
public class ChannelAdminService {

    static final String TRANSFER = "channel.transfer";
    static final String MERGE = "channel.merge";
    /** How a transfer's audit record states the owner before and after; {@link #formerOwners} reads it back. */
    private static final String OWNER_STATE = "所属单位=";

    private final Ownership ownership;
    private final ChannelContents contents;
    private final AuditLog audit;
    private final Event<ChannelChanged> changed;
    private final Event<ChannelHandedOver> handedOver;

    private final org.zwgk.portal.privacy.Deidentifier gate;

    ChannelAdminService(Ownership ownership, ChannelContents contents, AuditLog audit, Event<ChannelChanged> changed,
                        Event<ChannelHandedOver> handedOver, org.zwgk.portal.privacy.Deidentifier gate) {
        this.gate = gate;
        this.ownership = ownership;
        this.contents = contents;
        this.audit = audit;
        this.changed = changed;
        this.handedOver = handedOver;
    }

    @Transactional
    public Channel transfer(PortalUser user, String code, String organizationCode, String reason, Actor actor) {
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        Channel c = channel(code);
        Organization to = Organization.findByCode(organizationCode == null ? "" : organizationCode)
                .orElseThrow(() -> UserError.badInput("organization", m -> m.unknownOrganization(String.valueOf(organizationCode))));
        requireReason(reason);
        if (!c.isOpen()) {
            throw UserError.conflict(m -> m.channelClosed(c.name));
        }
        if (c.owner == to) {
            throw UserError.conflict(m -> m.channelAlreadyOwned(to.name));
        }
        String before = OWNER_STATE + c.owner.code;
        org.zwgk.portal.organizations.Organization previous = c.owner;
        c.owner = to;
        audit.record(actor, TRANSFER, "channel", c.id, reason.strip(), before, OWNER_STATE + to.code);
        handedOver.fire(new ChannelHandedOver(c, c, previous, actor));
        changed.fire(new ChannelChanged(c.code));
        return c;
    }

    /**
     * The owner's org admins (and site admins) keep a channel's name and description up to date. Both are
     * shown with every document of the channel (pages, search, feeds, API): they pass the privacy gate
     * when saved, as what staff type elsewhere does (security review: a mobile and an ID number typed
     * into a description went public whole).
     */
    @Transactional
    public Channel edit(PortalUser user, String code, String name, String description, Actor actor) {
        Channel c = channel(code);
        ownership.requireManager(user, c.owner);
        String n = gate.mask(name == null ? "" : name.strip());
        if (n.isEmpty() || n.length() > 200) {
            throw UserError.badInput("name", m -> m.channelNameInvalid());
        }
        // two channels of one organization under one name leave editors and citizens guessing (editor walk)
        if (!n.equals(c.name) && Channel.count("owner = ?1 and name = ?2 and id <> ?3", c.owner, n, c.id) > 0) {
            throw UserError.conflict(m -> m.channelNameTaken(n));
        }
        String d = description == null || description.isBlank() ? null : gate.mask(description.strip());
        if (d != null && d.length() > 1000) {
            throw UserError.badInput("description", m -> m.channelNameInvalid());
        }
        String before = "名称=" + c.name + "；简介=" + c.description;
        c.name = n;
        c.description = d;
        audit.record(actor, "channel.edit", "channel", c.id, c.code, before, "名称=" + c.name + "；简介=" + c.description);
        changed.fire(new ChannelChanged(c.code));
        return c;
    }

    @Transactional
    public Channel merge(PortalUser user, String code, String intoCode, String reason, Actor actor) {
        ownership.requireSiteRole(user, Role.SITE_ADMIN);
        Channel from = channel(code);
        Channel into = Channel.findByCode(intoCode == null ? "" : intoCode)
                .orElseThrow(() -> UserError.badInput("into", m -> m.unknownChannel(String.valueOf(intoCode))));
        requireReason(reason);
        if (from == into || !from.isOpen() || !into.isOpen()) {
            throw UserError.conflict(m -> m.channelMergeInvalid());
        }
        int moved = contents.moveAll(from, into, actor);
        handedOver.fire(new ChannelHandedOver(from, into, from.owner, actor));
        from.closedOn = LocalDate.now(org.zwgk.portal.common.PortalConfig.ZONE);
        from.mergedInto = into;
        audit.record(actor, MERGE, "channel", from.id, reason.strip() + "（移动 " + moved + " 条信息）",
                "开设中，所属单位=" + from.owner.code, "已关闭，并入 " + into.code);
        changed.fire(new ChannelChanged(from.code));
        changed.fire(new ChannelChanged(into.code));
        return from;
    }

    /** Whether ownership of the channel moved by a site admin's decision: the database then outranks content files. */
    public static boolean wasTransferred(Channel c) {
        return c.id != null && AuditEvent.count("entityType = 'channel' and entityId = ?1 and action in (?2, ?3)",
                c.id, TRANSFER, MERGE) > 0;
    }

    /**
     * The organizations that owned this channel, or a channel merged into it, before a site admin handed it
     * on (not its owner now). What they published there went to the new owner with the channel; what another
     * organization published into a channel that was never its own (a reply in the platform's hdjl) did not.
     */
    public static java.util.Set<String> formerOwners(Channel c) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        collectFormerOwners(c, codes, new java.util.HashSet<>());
        codes.remove(c.owner.code);
        return codes;
    }

    private static void collectFormerOwners(Channel c, java.util.Set<String> codes, java.util.Set<Long> seen) {
        if (c.id == null || !seen.add(c.id)) {
            return;
        }
        for (AuditEvent e : AuditEvent.<AuditEvent>list("entityType = 'channel' and entityId = ?1 and action = ?2", c.id, TRANSFER)) {
            if (e.beforeState != null && e.beforeState.startsWith(OWNER_STATE)) {
                codes.add(e.beforeState.substring(OWNER_STATE.length()).strip());
            }
        }
        // a merged channel is closed, so nobody transfers it after: its owner now is its owner at the merge
        for (Channel merged : Channel.<Channel>list("mergedInto", c)) {
            codes.add(merged.owner.code);
            collectFormerOwners(merged, codes, seen);
        }
    }

    private static Channel channel(String code) {
        return Channel.findByCode(code).orElseThrow(() -> UserError.notFound(m -> m.channelNotFound()));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw UserError.badInput("reason", m -> m.channelChangeNeedsReason());
        }
    }
}
