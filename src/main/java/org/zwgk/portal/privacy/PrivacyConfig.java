package org.zwgk.portal.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code portal.privacy.*}: how attachments are read for the privacy check, and when the scan runs by itself. */
@ConfigMapping(prefix = "portal.privacy")
public interface PrivacyConfig {

    /**
     * The OCR program that reads the text of image attachments (Tesseract: Debian's {@code tesseract-ocr}
     * with {@code tesseract-ocr-chi-sim}). Not installed: images are shown to the editor as not checked.
     */
    @WithDefault("tesseract")
    String ocrCommand();

    /** Tesseract's languages, simplified Chinese and the Latin letters of e-mail addresses and passports. */
    @WithDefault("chi_sim+eng")
    String ocrLanguages();

    /**
     * When the site admins' 个人信息巡检 runs by itself (a Quartz-style cron; {@code off} for never), so each
     * morning's page shows a result of that night besides the runs its 开始检查 starts.
     */
    @WithDefault("0 30 2 * * ?")
    String scanCron();
}
