package dk.kkr.web.admin;

import dk.kkr.store.access.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import javax.sql.DataSource;

/**
 * /administration/adgangslog: the newest entries of the {@link AuditLog}, for administrators (the security
 * configuration lets no one else in).
 */
@Controller
class AuditController {

    /** Entries shown on the page, newest first. */
    static final int SHOWN = 500;

    private final AuditLog audit;

    AuditController(DataSource dataSource) {
        this.audit = new AuditLog(dataSource);
    }

    @GetMapping("/administration/adgangslog")
    String log(Model model) {
        model.addAttribute("entries", audit.latest(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "admin/audit";
    }
}
