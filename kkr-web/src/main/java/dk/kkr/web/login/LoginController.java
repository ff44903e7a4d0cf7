package dk.kkr.web.login;

import dk.kkr.store.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page /log-ind; the form posts to Spring Security ({@code SecurityConfiguration}). With single sign-on
 * configured it links to {@value SingleSignOn#START} first, which sends the browser on to the broker when the broker
 * answers and back here with a Danish line when it does not.
 */
@Controller
class LoginController {

    private final SingleSignOn sso;

    LoginController(SingleSignOn sso) {
        this.sso = sso;
    }

    @GetMapping("/log-ind")
    String page(@RequestParam(required = false) String fejl, @RequestParam(required = false) String laast,
                @RequestParam(required = false) String ukendt, @RequestParam(name = "sso-fejl", required = false)
                String ssoFailed, Model model) {
        model.addAttribute("failed", fejl != null);
        model.addAttribute("locked", laast != null);
        model.addAttribute("ssoUnknown", ukendt != null);
        model.addAttribute("ssoFailed", ssoFailed != null);
        model.addAttribute("sso", sso.configured());
        model.addAttribute("ssoName", sso.brokerName().orElse(null));
        return "login";
    }

    @GetMapping(SingleSignOn.START)
    String singleSignOn() {
        if (!sso.configured()) {
            return "redirect:/log-ind";
        }
        return sso.registration().isPresent() ? "redirect:/oauth2/authorization/" + SingleSignOn.REGISTRATION
                : "redirect:/log-ind?sso-fejl";
    }

    /**
     * Every page's header says who is logged in, if anyone, and links an administrator and a secretariat to their
     * pages.
     */
    @ControllerAdvice
    static final class SignedIn {
        @ModelAttribute("signedIn")
        String signedIn() {
            return SignedInAccount.current().map(Authentication::getName).orElse(null);
        }

        @ModelAttribute("administrator")
        boolean administrator() {
            return has(Role.ADMINISTRATOR);
        }

        /** Whether the login writes agendas: a secretariat, or an administrator. */
        @ModelAttribute("writer")
        boolean writer() {
            return has(Role.SECRETARIAT) || has(Role.ADMINISTRATOR);
        }

        private static boolean has(Role role) {
            return SignedInAccount.current().map(authentication -> authentication.getAuthorities()
                    .contains(SignedInAccount.authority(role))).orElse(false);
        }
    }
}
