package dk.kkr.web.meeting;

import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.MeetingSummary;
import dk.kkr.web.NotFound;
import dk.kkr.web.login.SignedInAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.List;

/**
 * A logged-in account's meetings: those of its KKRs (every KKR's, for an administrator), newest first, as its read
 * model lists them — with the agendas released to the members that the public does not see yet.
 */
@Controller
class MyMeetingsController {

    private static final int LIMIT = 100;

    private final ArchiveReader archive;
    private final AccountStore accounts;

    MyMeetingsController(ArchiveReader archive, AccountStore accounts) {
        this.archive = archive;
        this.accounts = accounts;
    }

    @GetMapping("/mine-moeder")
    String myMeetings(Model model) {
        Account account = SignedInAccount.account(accounts)
                .orElseThrow(() -> NotFound.of("notFound.desk", 0));
        List<MeetingSummary> meetings = account.role() == Role.ADMINISTRATOR ? archive.latestMeetings(LIMIT)
                : account.kkrs().stream().flatMap(kkr -> archive.latestMeetings(kkr, LIMIT).stream())
                .sorted(Comparator.comparing(MeetingSummary::date).reversed().thenComparing(MeetingSummary::id))
                .toList();
        model.addAttribute("meetings", meetings);
        return "my-meetings";
    }
}
