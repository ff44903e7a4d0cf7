package dk.kkr.service.access;

import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Two-factor codes as authenticator apps make them (TOTP, RFC 6238: HMAC-SHA1 over the count of 30-second steps
 * since 1970, six digits). A new secret is 20 random bytes written in Base32; a code is accepted for its own step and
 * the one before and after, so that a clock a little off still logs in. Thread-safe.
 */
public final class TwoFactor {

    /** Seconds a code stands for. */
    public static final long STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final String ISSUER = "KKR Platform";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TwoFactor() {
    }

    /** A new shared secret, in Base32 (upper case, no padding). */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The address an authenticator app reads (as a QR code or pasted) to add the account. */
    public static String appAddress(String accountName, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + accountName, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The step a moment falls in. */
    public static long step(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code step} for {@code secret}, six digits with leading zeros. */
    public static String code(String secret, long step) {
        byte[] hash = new HmacUtils(HmacAlgorithms.HMAC_SHA_1, new Base32().decode(secret.toUpperCase(Locale.ROOT)))
                .hmac(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format(Locale.ROOT, "%0" + DIGITS + "d", binary % 1_000_000);
    }

    /**
     * The step whose code {@code given} is, if it is the code of the step of {@code now} or of a step next to it;
     * empty for any other text. Spaces in the code are ignored (apps show "123 456").
     */
    public static OptionalLong matchingStep(String secret, String given, Instant now) {
        String code = given == null ? "" : given.replace(" ", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            // compared in a time that does not tell where a wrong code differs
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
