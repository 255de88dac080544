package org.zwgk.portal.requests;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.WorkbenchTestProfile;

import java.util.Map;
import java.util.Set;

/** A database of its own and a clock the test moves to the last days of the calendar (2027) and past them. */
public class RequestCalendarEndTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return WorkbenchTestProfile.isolated("requests-calendar-end");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
