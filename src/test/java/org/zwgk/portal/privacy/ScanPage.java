package org.zwgk.portal.privacy;

import org.jsoup.Jsoup;
import org.zwgk.portal.access.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/** The 个人信息巡检 page as a site admin sees it once a run started now has finished (runs are in the background). */
final class ScanPage {

    private ScanPage() {
    }

    /** Starts a run after whatever was under way (it may have read the rows before the test changed them) and waits for it. */
    static String fresh(Staff admin) {
        idle(admin);
        assertThat(admin.post("/workbench/privacy-scan").statusCode()).isEqualTo(303);
        return idle(admin);
    }

    /** The page once no run is under way. */
    static String idle(Staff admin) {
        long until = System.currentTimeMillis() + 180_000;
        while (true) {
            String page = admin.get("/workbench/privacy-scan").asString();
            if (Jsoup.parse(page).getElementById("scan-running") == null) {
                return page;
            }
            assertThat(System.currentTimeMillis()).as("the scan finishes").isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
