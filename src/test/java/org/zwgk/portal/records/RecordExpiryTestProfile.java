package org.zwgk.portal.records;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.WorkbenchTestProfile;

import java.util.Map;
import java.util.Set;

/** A database of its own and a clock the test moves past a record's public period. */
public class RecordExpiryTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return WorkbenchTestProfile.isolated("records-expiry");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
