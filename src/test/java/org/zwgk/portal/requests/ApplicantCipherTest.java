package org.zwgk.portal.requests;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM sealing of applicants' data, and rotating its key, without Quarkus. */
class ApplicantCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final Applicant APPLICANT = new Applicant(RequestFixtures.NAME, "RESIDENT_ID", RequestFixtures.ID_NUMBER, null, null,
            RequestFixtures.PHONE, RequestFixtures.EMAIL, RequestFixtures.ADDRESS, "215300");

    static ApplicantCipher cipher(String current, Map<String, String> keys) {
        return new ApplicantCipher(new RequestsConfig() {
            public Optional<String> keyId() {
                return Optional.ofNullable(current);
            }

            public Map<String, String> keys() {
                return keys;
            }

            public int submissionsPerHour() {
                return 5;
            }

            public Optional<String> pdfFont() {
                return Optional.empty();
            }
        });
    }

    @Test
    void sealsAndOpensWithoutShowingAnything() {
        ApplicantCipher c = cipher("k1", Map.of("k1", K1));
        ApplicantCipher.Sealed s = c.seal(APPLICANT, "YSQ2026-AAAA-BBBB");
        assertThat(s.keyId()).isEqualTo("k1");
        String decoded = new String(Base64.getDecoder().decode(s.text()), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(s.text() + decoded).doesNotContain(RequestFixtures.ID_NUMBER).doesNotContain(RequestFixtures.PHONE);
        assertThat(c.open(s, "YSQ2026-AAAA-BBBB")).isEqualTo(APPLICANT);
        assertThat(c.seal(APPLICANT, "YSQ2026-AAAA-BBBB").text()).as("a fresh IV every time").isNotEqualTo(s.text());
        assertThat(APPLICANT.toString()).doesNotContain(RequestFixtures.NAME);
    }

    @Test
    void aValueMovedToAnotherRequestOrChangedDoesNotOpen() {
        ApplicantCipher c = cipher("k1", Map.of("k1", K1));
        ApplicantCipher.Sealed s = c.seal(APPLICANT, "YSQ2026-AAAA-BBBB");
        assertThatThrownBy(() -> c.open(s, "YSQ2026-CCCC-DDDD")).hasMessageNotContaining(RequestFixtures.NAME);
        byte[] raw = Base64.getDecoder().decode(s.text());
        raw[raw.length - 1] ^= 1;
        ApplicantCipher.Sealed tampered = new ApplicantCipher.Sealed("k1", Base64.getEncoder().encodeToString(raw));
        assertThatThrownBy(() -> c.open(tampered, "YSQ2026-AAAA-BBBB")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotation() {
        ApplicantCipher.Sealed old = cipher("k1", Map.of("k1", K1)).seal(APPLICANT, "YSQ2026-AAAA-BBBB");
        ApplicantCipher both = cipher("k2", Map.of("k1", K1, "k2", K2));
        assertThat(both.open(old, "YSQ2026-AAAA-BBBB")).isEqualTo(APPLICANT);
        assertThat(both.stale("k1")).isTrue();
        assertThat(both.seal(APPLICANT, "YSQ2026-AAAA-BBBB").keyId()).isEqualTo("k2");
        ApplicantCipher onlyNew = cipher("k2", Map.of("k2", K2));
        assertThatThrownBy(() -> onlyNew.open(old, "YSQ2026-AAAA-BBBB")).hasMessageContaining("no key k1");
    }

    @Test
    void badConfigurationStopsTheStartWithItsKey() {
        assertThatThrownBy(() -> cipher("k1", Map.of("k1", "short"))).hasMessageContaining("portal.requests.keys.k1");
        assertThatThrownBy(() -> cipher("k3", Map.of("k1", K1))).hasMessageContaining("k3");
        assertThat(cipher(null, Map.of()).ready()).isFalse();
    }

    @Test
    void throttlePerAddress() {
        org.zwgk.portal.TestClock clock = new org.zwgk.portal.TestClock();
        RequestThrottle t = new RequestThrottle(2, clock);
        t.admitSubmission("10.0.0.1");
        t.submissionNotMade(t.admitSubmission("10.0.0.1"));
        t.admitSubmission("10.0.0.1");
        assertThatThrownBy(() -> t.admitSubmission("10.0.0.1")).isInstanceOf(org.zwgk.portal.web.UserError.class)
                .matches(e -> ((org.zwgk.portal.web.UserError) e).status() == 429);
        t.admitSubmission("10.0.0.2");
        clock.advance(java.time.Duration.ofMinutes(61));
        t.admitSubmission("10.0.0.1");
    }

    @Test
    void submissionsPostedTogetherCannotExceedTheAllowance() throws Exception {
        RequestThrottle t = new RequestThrottle(5, new org.zwgk.portal.TestClock());
        java.util.List<Boolean> admitted = org.zwgk.portal.AllAtOnce.run(40, () -> {
            try {
                t.admitSubmission("198.51.100.8");
                return true;
            } catch (org.zwgk.portal.web.UserError refused) {
                return false;
            }
        });
        assertThat(admitted).filteredOn(ok -> ok).hasSize(5);
    }
}
