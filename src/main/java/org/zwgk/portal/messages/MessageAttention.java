package org.zwgk.portal.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.access.WorkbenchAttention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Letters waiting for this person, on the workbench home: for the platform's operator those to accept
 * (受理) and to assign (转办); for an organization's editors those assigned to it and not yet handled
 * (办理); for both, those past their reply date. Without it a letter assigned to an office waited
 * unseen until someone opened 来信办理 (browser walk).
 */
@ApplicationScoped
class MessageAttention implements WorkbenchAttention {

    private static final List<MessageStatus> OPEN = List.of(MessageStatus.RECEIVED, MessageStatus.ACCEPTED, MessageStatus.HANDLING,
            MessageStatus.REPLY_REVIEW);

    private final MessageService service;

    MessageAttention(MessageService service) {
        this.service = service;
    }

    @Override
    @Transactional
    public Optional<Notice> noticeFor(PortalUser user) {
        if (user == null) {
            return Optional.empty();
        }
        HudongMessages text = MessageService.hd();
        LocalDate today = service.today();
        List<String> parts = new ArrayList<>();
        if (user.siteAdmin()) {
            add(parts, CitizenMessage.count("status in ?1 and dueOn < ?2", OPEN, today), text::attentionOverdue);
            add(parts, CitizenMessage.count("status", MessageStatus.RECEIVED), text::attentionToAccept);
            add(parts, CitizenMessage.count("status", MessageStatus.ACCEPTED), text::attentionToAssign);
            // of those, the ones a unit sent back: the operator chose wrongly once, and the clock has run since
            add(parts, CitizenMessage.count("status = ?1 and id in (select b.message.id from MessageSendBack b)", MessageStatus.ACCEPTED),
                    text::attentionSentBack);
        }
        Set<String> editing = user.organizationsWith(Role.EDITOR);
        if (!editing.isEmpty()) {
            if (!user.siteAdmin()) {
                add(parts, MessageAssignment.count("message.status in ?1 and message.dueOn < ?2 and organization.code in ?3 and lead = true",
                        OPEN, today, editing), text::attentionOverdue);
            }
            add(parts, MessageAssignment.count("message.status = ?1 and handledAt is null and organization.code in ?2",
                    MessageStatus.HANDLING, editing), text::attentionToHandle);
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(new Notice("message-attention", text.queueTitle(), "/workbench/messages", parts));
    }

    /** A count in words, when there is anything to count. */
    private static void add(List<String> parts, long count, java.util.function.LongFunction<String> words) {
        if (count > 0) {
            parts.add(words.apply(count));
        }
    }
}
