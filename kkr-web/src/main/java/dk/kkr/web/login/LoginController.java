package dk.kkr.web.login;

import dk.kkr.store.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page /log-ind; the form posts to Spring Security ({@code SecurityConfiguration}). */
@Controller
class LoginController {

    @GetMapping("/log-ind")
    String page(@RequestParam(required = false) String fejl, @RequestParam(required = false) String laast,
                Model model) {
        model.addAttribute("failed", fejl != null);
        model.addAttribute("locked", laast != null);
        return "login";
    }

    /** Every page's header says who is logged in, if anyone, and links an administrator to its pages. */
    @ControllerAdvice
    static final class SignedIn {
        @ModelAttribute("signedIn")
        String signedIn() {
            return SignedInAccount.current().map(Authentication::getName).orElse(null);
        }

        @ModelAttribute("administrator")
        boolean administrator() {
            return SignedInAccount.current().map(authentication -> authentication.getAuthorities()
                    .contains(SignedInAccount.authority(Role.ADMINISTRATOR))).orElse(false);
        }
    }
}
