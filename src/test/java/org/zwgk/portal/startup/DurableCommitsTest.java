package org.zwgk.portal.startup;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** An H2 file database opened without WRITE_DELAY=0 in its URL gets a write delay of 0 at start. */
class DurableCommitsTest {

    @Test
    void anH2FileDatabaseGetsAWriteDelayOfZero() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "h2-delay-");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath() + "/portal", "portal", "")) {
            assertThat(writeDelay(c)).as("H2's default").isEqualTo("500");
            assertThat(DurableCommits.ensure(c)).isTrue();
            assertThat(writeDelay(c)).isEqualTo("0");
            assertThat(DurableCommits.ensure(c)).as("already 0: nothing to do").isFalse();
        }
    }

    @Test
    void inMemoryH2IsLeftAlone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:delay-test", "portal", "")) {
            assertThat(DurableCommits.ensure(c)).isFalse();
        }
    }

    private static String writeDelay(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement()
                .executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
