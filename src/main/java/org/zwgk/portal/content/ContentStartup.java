package org.zwgk.portal.content;

import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.zwgk.portal.common.PortalConfig;
import org.zwgk.portal.pagecache.PageCache;
import org.zwgk.portal.web.SiteInfo;

import java.nio.file.Files;

/**
 * The embedded default imports {@code content/} at every start; the import is idempotent, so a
 * restart costs a read of the files and changes nothing. A bad file is reported and the portal
 * serves what it had, since the import is all or nothing. Run by the start-up sequence
 * (startup.StartupSequence).
 */
@Singleton
public class ContentStartup {

    private static final Logger LOG = Logger.getLogger(ContentStartup.class);

    private final PortalConfig config;
    private final ContentImporter importer;
    private final SiteInfo site;
    private final PageCache pages;

    ContentStartup(PortalConfig config, ContentImporter importer, SiteInfo site, PageCache pages) {
        this.config = config;
        this.importer = importer;
        this.site = site;
        this.pages = pages;
    }

    /** Imports the content repository when configured to, and loads the site identity either way. */
    public void importAtStart() {
        try {
            if (config.content().importOnStart() && Files.isDirectory(config.contentDir())) {
                try {
                    importer.importFrom(config.contentDir());
                    return; // the import reloads the site identity it wrote
                } catch (ContentImportException e) {
                    LOG.error(e.getMessage());
                }
            }
            site.reload();
        } finally {
            pages.invalidate(); // organizations, channels and the site's identity may have changed
        }
    }
}
