package org.zwgk.portal;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * The workbench tests publish, transfer and merge; they get a database and data directory of their
 * own so the public-page tests keep seeing only the content repository. On PostgreSQL the database
 * is cleaned at every start anyway (profile pg), so only the data directory differs there.
 */
public class WorkbenchTestProfile implements QuarkusTestProfile {

    /** A database and data directory named {@code name}, apart from the default test profile's. */
    public static Map<String, String> isolated(String name) {
        Map<String, String> config = new HashMap<>();
        boolean pg = System.getProperty("quarkus.test.profile", "").contains("pg");
        config.put("portal.data-dir", "target/test-data-" + name + (pg ? "-pg" : ""));
        if (!pg) {
            config.put("quarkus.datasource.jdbc.url",
                    "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return config;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return isolated("workbench");
    }
}
