package org.zwgk.portal.startup;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.zwgk.portal.access.DemoAccounts;
import org.zwgk.portal.calendar.WorkingDays;
import org.zwgk.portal.content.ContentStartup;
import org.zwgk.portal.privacy.Deidentifier;
import org.zwgk.portal.records.RecordTypes;
import org.zwgk.portal.search.SearchSync;

/**
 * What the portal does at start, in order, in one place (no feature observes the start-up event
 * itself). Each step needs the one before it:
 * <ol>
 * <li>commits are made durable (H2's write delay, {@link DurableCommits});</li>
 * <li>the holiday calendar is read ({@link WorkingDays}): a malformed calendar file stops the start
 * here, naming its file and line;</li>
 * <li>the search index opens (reused and caught up, or rebuilt), so that the documents the import
 * writes next reach an open index through the after-commit events;</li>
 * <li>the content repository is imported (embedded default) and the site identity loaded;</li>
 * <li>the de-identification rules ({@code content/privacy.yaml}) and the offices' public numbers are read;</li>
 * <li>letters' due days counted over a year whose holiday notice was not entered are counted again on the
 * calendar just read ({@link org.zwgk.portal.messages.MessageDueDays});</li>
 * <li>the demo accounts are created (demo, dev and test profiles), in the organizations the import
 * created;</li>
 * <li>the listing counts are made in the background (not for a command).</li>
 * </ol>
 * It runs at every start, also before a command of {@link PortalMain} runs, as the observers it
 * replaces did.
 */
@ApplicationScoped
class StartupSequence {

    private final SearchSync search;
    private final ContentStartup content;
    private final DemoAccounts demoAccounts;
    private final DemoInteractions demoInteractions;
    private final DurableCommits durableCommits;
    private final WorkingDays workingDays;
    private final Deidentifier privacy;
    private final RecordTypes recordTypes;
    @jakarta.inject.Inject
    org.zwgk.portal.search.EntryIndex entryIndex;
    @jakarta.inject.Inject
    org.zwgk.portal.common.PortalConfig config;
    @jakarta.inject.Inject
    org.zwgk.portal.documents.ListingCounts listingCounts;
    @jakarta.inject.Inject
    org.zwgk.portal.requests.RequestsConfig requests;
    @jakarta.inject.Inject
    org.zwgk.portal.messages.MessageDueDays messageDueDays;

    StartupSequence(DurableCommits durableCommits, WorkingDays workingDays, SearchSync search, ContentStartup content,
                    DemoAccounts demoAccounts, Deidentifier privacy, RecordTypes recordTypes, DemoInteractions demoInteractions) {
        this.privacy = privacy;
        this.recordTypes = recordTypes;
        this.durableCommits = durableCommits;
        this.workingDays = workingDays;
        this.search = search;
        this.content = content;
        this.demoAccounts = demoAccounts;
        this.demoInteractions = demoInteractions;
    }

    void onStart(@Observes StartupEvent event) throws java.sql.SQLException {
        durableCommits.ensureAtStart();
        workingDays.loadAtStart();
        recordTypes.loadAtStart(); // a malformed content/records/*.yaml stops the start, naming the file
        search.openAtStart();
        content.importAtStart();
        privacy.loadAtStart();
        messageDueDays.recountAtStart(); // after the calendar is read: a due day the notice now entered moves
        entryIndex.rebuild(); // records and other non-document search entries, from the database
        demoAccounts.createIfEnabled();
        demoInteractions.createIfEnabled();
        listingCounts.warm();
        boolean production = io.quarkus.runtime.LaunchMode.current() == io.quarkus.runtime.LaunchMode.NORMAL
                && !io.quarkus.runtime.configuration.ConfigUtils.getProfiles().contains("demo");
        org.jboss.logging.Logger log = org.jboss.logging.Logger.getLogger(StartupSequence.class);
        if (config.publicBase().isEmpty() && production) {
            // absolute addresses (sitemap, feeds, robots.txt, links to copy) then follow the Host a client sends
            log.warn("portal.public-url is not set: the sitemap, feeds and absolute links name the address each client reached;"
                    + " set PORTAL_PUBLIC_URL (deploy/systemd/zwgk-portal.service) in production");
        }
        if (requests.keyId().filter(id -> !id.isBlank()).isEmpty() && production) {
            // requests.ApplicantCipher: without a key the form answers 503 and stores nothing
            log.warn("portal.requests.key-id is not set: the online 依申请公开 form refuses every application (503);"
                    + " set a key (docs/requests.md, \"keys\"; deploy/README.md step 2) to take them");
        }
    }
}
