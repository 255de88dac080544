package org.zwgk.portal.startup;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A commit the portal has answered must survive the process being killed. H2 (2.x, MVStore) keeps
 * committed changes in memory and writes them {@code WRITE_DELAY} ms later (500 by default), so a
 * publication answered as done was lost when the process died within that time. With a write delay
 * of 0 every commit writes its changes to the file before it returns. The default JDBC URL says so
 * (application.properties); an operator's own H2 URL without it is corrected here at start, because
 * H2 does not keep the setting from one opening of the database to the next.
 *
 * <p>What this does not give: H2 never calls fsync at a commit (only when it closes or compacts the
 * file), so an operating-system crash or a power cut can still lose the last commits. PostgreSQL
 * (the production database) fsyncs its WAL at every commit.
 */
@ApplicationScoped
class DurableCommits {

    private static final Logger LOG = Logger.getLogger(DurableCommits.class);

    private final DataSource dataSource;

    DurableCommits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first step of the start-up sequence: before anything writes. */
    void ensureAtStart() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ensure(c);
        }
    }

    /** Sets H2's write delay to 0 on a file database; other databases and in-memory H2 are left alone. */
    static boolean ensure(Connection c) throws SQLException {
        if (!"H2".equals(c.getMetaData().getDatabaseProductName()) || c.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
            return false;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            String delay = rs.next() ? rs.getString(1) : null;
            if ("0".equals(delay)) {
                return false;
            }
            LOG.warnf("H2 write delay was %s ms: a commit answered within that time would be lost if the process died;"
                    + " setting it to 0 (add ;WRITE_DELAY=0 to the JDBC URL)", delay);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        }
        return true;
    }
}
