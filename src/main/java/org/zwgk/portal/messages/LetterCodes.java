package org.zwgk.portal.messages;

import io.quarkus.qute.TemplateExtension;

/** {@code {code.letterCode}}: a letter's tracking code in groups for reading ({@link CitizenMessage#readableCode}). */
@TemplateExtension
public class LetterCodes {

    static String letterCode(String trackingCode) {
        return CitizenMessage.readableCode(trackingCode);
    }
}
