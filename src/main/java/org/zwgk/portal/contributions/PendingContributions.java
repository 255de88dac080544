package org.zwgk.portal.contributions;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.transaction.Transactional;
import org.zwgk.portal.access.PortalUser;
import org.zwgk.portal.access.Role;
import org.zwgk.portal.access.WorkbenchAttention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Citizens' contributions of one kind waiting for moderation in the organizations this person moderates
 * for (its editors and reviewers), as a line on the workbench home. Without it comments and questions
 * waited unseen until someone opened the consultation or interview (browser walk). One bean per kind.
 */
public abstract class PendingContributions implements WorkbenchAttention {

    /** How many wait in these organizations. */
    protected abstract long pending(Set<String> organizations);

    /** The kind, as {@link ContributionKind#noun()} names it (意见, 问题, 填空回答). */
    protected abstract String noun();

    /** Where they are moderated: the kind's workbench list. */
    protected abstract String url();

    /** The line's id on the page. */
    protected abstract String id();

    @Override
    @Transactional
    public Optional<Notice> noticeFor(PortalUser user) {
        if (user == null) {
            return Optional.empty();
        }
        Set<String> moderated = new TreeSet<>(user.organizationsWith(Role.EDITOR));
        moderated.addAll(user.organizationsWith(Role.REVIEWER));
        long count = moderated.isEmpty() ? 0 : pending(moderated);
        if (count == 0) {
            return Optional.empty();
        }
        String title = MessageBundles.get(ContributionMessages.class).pendingTitle(noun(), (int) Math.min(count, Integer.MAX_VALUE));
        return Optional.of(new Notice(id(), title, url(), List.of()));
    }
}
