package org.zwgk.portal.messages;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.zwgk.portal.WorkbenchTestProfile;

import java.util.Map;

/**
 * A database of its own, a three-second form token (the test waits it out instead of five) and
 * a per-address allowance the test's many messages from one address fit in; the limits themselves
 * are tested in {@link AbuseLimitsTest}.
 */
public class MessagesTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = WorkbenchTestProfile.isolated("messages");
        config.put("portal.forms.min-seconds", "3");
        config.put("portal.messages.sends-per-address", "50");
        // more than letters, as the defaults (5 and 30): comments, answers and questions are counted apart
        config.put("portal.messages.contributions-per-address", "60");
        return config;
    }
}
