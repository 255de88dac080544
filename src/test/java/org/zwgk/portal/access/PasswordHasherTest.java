package org.zwgk.portal.access;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Password hashing without Quarkus: the stored format, salting, verification, the password rule. */
class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theStoredFormNamesAlgorithmIterationsSaltAndHashAndHidesThePassword() {
        String stored = hasher.hash("Kunshan-2018-secret");
        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).as("16 bytes of salt").hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).as("256 bits of hash").hasSize(32);
        assertThat(stored).doesNotContain("Kunshan");
    }

    @Test
    void theRightPasswordVerifiesAndEveryOtherIsRejected() {
        String stored = hasher.hash("Kunshan-2018-secret");
        assertThat(hasher.verify("Kunshan-2018-secret", stored)).isTrue();
        assertThat(hasher.verify("kunshan-2018-secret", stored)).as("case matters").isFalse();
        assertThat(hasher.verify("Kunshan-2018-secret ", stored)).isFalse();
        assertThat(hasher.verify("", stored)).isFalse();
    }

    @Test
    void equalPasswordsHashDifferentlyEachWithItsOwnSalt() {
        assertThat(hasher.hash("Kunshan-2018-secret")).isNotEqualTo(hasher.hash("Kunshan-2018-secret"));
    }

    @Test
    void aHashMadeWithAnotherIterationCountStillVerifies() {
        String old = new PasswordHasher(500).hash("raised-cost-2018");
        assertThat(old).startsWith("pbkdf2-sha256$500$");
        assertThat(hasher.verify("raised-cost-2018", old)).isTrue();
    }

    @Test
    void noStoredHashOrAForeignFormatNeverVerifies() {
        assertThat(hasher.verify("anything", null)).as("unknown user: the decoy is checked, and fails").isFalse();
        assertThat(hasher.verify("secret", "md5$abc")).isFalse();
        assertThat(hasher.verify("secret", "bcrypt$10$c2FsdA$aGFzaA")).isFalse();
    }

    @Test
    void newPasswordsAreLongEnoughAndOfTwoKindsOfCharacter() {
        assertThat(PasswordHasher.acceptable(null)).isFalse();
        assertThat(PasswordHasher.acceptable("short-1")).isFalse();
        assertThat(PasswordHasher.acceptable("onlyletterslong")).isFalse();
        assertThat(PasswordHasher.acceptable("1234567890123")).isFalse();
        assertThat(PasswordHasher.acceptable("letters-and-123")).isTrue();
        assertThat(PasswordHasher.acceptable("lettersand123")).isTrue();
        assertThat(PasswordHasher.acceptable("政务公开-abcdef")).isTrue();
    }
}
