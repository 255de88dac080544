package org.zwgk.portal.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused request is logged by its path: its query may hold a message's secret or a citizen's words. */
class MalformedRequestsLogTest {

    @Test
    void theLogLineHasThePathButNotTheQuery() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getParameters() == null ? record.getMessage()
                        : String.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(MalformedRequests.class.getName());
        logger.addHandler(capture);
        try {
            MalformedRequests.log("GET /api/v1/messages/HD261202YPSPVN?secret=9HYQQW4KW7FC&x=%");
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(String.join("\n", lines)).contains("/api/v1/messages/HD261202YPSPVN").doesNotContain("9HYQQW4KW7FC");
    }
}
