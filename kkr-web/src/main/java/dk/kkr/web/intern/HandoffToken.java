package dk.kkr.web.intern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may hand work to this server ({@link dk.kkr.service.importing.ImportHandoff}): a request from the loopback
 * address that carries the token the server published (none published: nobody).
 */
@Component
class HandoffToken {

    private final byte[] token;

    HandoffToken(@Value("${kkr.import-token:}") String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    boolean allows(String given, String remoteAddress) throws IOException {
        return token.length > 0 && given != null
                && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))
                && InetAddress.getByName(remoteAddress).isLoopbackAddress();
    }
}
