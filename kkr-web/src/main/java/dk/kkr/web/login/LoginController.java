package dk.kkr.web.login;

import dk.kkr.store.access.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
            Authentication authentication = account();
            return authentication == null ? null : authentication.getName();
        }

        @ModelAttribute("administrator")
        boolean administrator() {
            Authentication authentication = account();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.ADMINISTRATOR.name()));
        }

        private static Authentication account() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || authentication instanceof AnonymousAuthenticationToken
                    || !authentication.isAuthenticated() ? null : authentication;
        }
    }
}
