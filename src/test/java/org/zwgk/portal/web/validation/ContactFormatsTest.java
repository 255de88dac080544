package org.zwgk.portal.web.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The phone numbers a citizen types on the request and letter forms: what an office can dial back. */
class ContactFormatsTest {

    @Test
    void mobilesAndLandlinesWithTheirAreaCodeAreTaken() {
        assertThat(new String[]{"13912345678", "139 1234 5678", "139-1234-5678", "+86 139 1234 5678", "+8613912345678",
                "0512-57512345", "0512 5751 2345", "051257512345", "(0512)57512345", "（0512）57512345", "010-1234567",
                "0512-57512345-801", "0512-57512345转801", "+86 512 57512345", "+86 (512) 5751 2345", "400-123-4567",
                "+852 2345 6789", "+1 650 253 0000"})
                .allMatch(ContactFormats::isPhone);
    }

    @Test
    void numbersNobodyCouldCallBackAreRefused() {
        // security audit: a seven-digit number passed as a 联系电话
        assertThat(new String[]{"1234567", "5751234", "57512345", "0512-1234", "12345678901", "10086", "139123456789",
                "23912345678", "+86 12345", "0000000000", "abc", "", "139 1234 567a", "++8613912345678"})
                .noneMatch(ContactFormats::isPhone);
        assertThat(ContactFormats.isPhone(null)).isFalse();
    }
}
