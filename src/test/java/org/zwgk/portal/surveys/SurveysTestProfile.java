package org.zwgk.portal.surveys;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.zwgk.portal.MovableClock;
import org.zwgk.portal.messages.MessagesTestProfile;

import java.util.Map;
import java.util.Set;

/** The message form's settings, a database of its own and a clock the test moves past end dates. */
public class SurveysTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new MessagesTestProfile().getConfigOverrides();
        config.putAll(org.zwgk.portal.WorkbenchTestProfile.isolated("surveys"));
        return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
