package dk.kkr.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two-factor codes against the test values of RFC 6238 (SHA-1), and what is accepted around them. */
class TwoFactorTest {

    /** The RFC's key, the ASCII of "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void codesAreTheLastSixDigitsOfTheRfcValues(long seconds, String code) {
        assertThat(TwoFactor.code(RFC_SECRET, TwoFactor.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
    }

    @Test
    void aCodeIsGoodForItsStepAndTheStepsNextToItOnly() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = TwoFactor.step(now);
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "005924", now)).isEqualTo(OptionalLong.of(step));
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "005 924", now)).as("as apps show it").hasValue(step);
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "005924", now.plusSeconds(30))).hasValue(step);
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "005924", now.minusSeconds(30))).hasValue(step);
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "005924", now.plusSeconds(90))).isEmpty();
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "005925", now)).isEmpty();
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "", now)).isEmpty();
        assertThat(TwoFactor.matchingStep(RFC_SECRET, null, now)).isEmpty();
        assertThat(TwoFactor.matchingStep(RFC_SECRET, "0059245", now)).isEmpty();
    }

    @Test
    void aNewSecretIsRandomBase32ThatAnAppReadsFromItsAddress() {
        String secret = TwoFactor.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(TwoFactor.newSecret());
        assertThat(TwoFactor.appAddress("anne jensen", secret))
                .isEqualTo("otpauth://totp/KKR%20Platform%3Aanne%20jensen?secret=" + secret + "&issuer=KKR%20Platform");
        assertThat(TwoFactor.code(secret, 1)).matches("\\d{6}");
    }
}
