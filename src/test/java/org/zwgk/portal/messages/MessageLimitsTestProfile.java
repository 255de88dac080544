package org.zwgk.portal.messages;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.zwgk.portal.MovableClock;

import java.util.Map;
import java.util.Set;

/**
 * The message settings with the real point of a per-address limit: two messages an hour from one
 * address (each test sends from addresses of its own through the trusted local proxy), a database
 * of its own and a clock the test moves months ahead for the site-health veto.
 */
public class MessageLimitsTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new MessagesTestProfile().getConfigOverrides();
        config.putAll(org.zwgk.portal.WorkbenchTestProfile.isolated("messagelimits"));
        config.put("portal.messages.sends-per-address", "2");
        return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
