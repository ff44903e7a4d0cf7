package dk.kkr.web.intern;

import dk.kkr.service.access.AccountsHandoff;
import dk.kkr.service.importing.ImportHandoff;
import dk.kkr.store.access.AccountStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The server's side of {@link AccountsHandoff}: the {@code ./kkr users} commands of this machine, made on the
 * accounts of the archive this server owns. Only the loopback address with the published token is taken
 * ({@link HandoffToken}); any other request gets 403 and nothing is read.
 */
@RestController
class AccountsController {

    private final AccountStore accounts;
    private final HandoffToken token;

    AccountsController(AccountStore accounts, HandoffToken token) {
        this.accounts = accounts;
        this.token = token;
    }

    @PostMapping(path = AccountsHandoff.PATH, consumes = "application/json")
    void call(@RequestHeader(name = ImportHandoff.TOKEN_HEADER, required = false) String given,
              @RequestBody String body, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!token.allows(given, request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        String answer = AccountsHandoff.answer(body, accounts,
                () -> response.setStatus(HttpServletResponse.SC_BAD_REQUEST));
        response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
    }
}
