package dk.kkr.web;

import dk.kkr.store.access.AccountStore;
import dk.kkr.store.oparl.OparlReader;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.Viewer;
import dk.kkr.web.login.SignedInAccount;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.annotation.RequestScope;

import javax.sql.DataSource;

/**
 * The read model of the web: every page, the JSON API, OParl, the feeds and the calendars read the archive
 * through readers made for the viewer of the request, once per request, so that no channel can show what
 * its viewer may not see ({@link dk.kkr.store.read.Visibility} decides that). The viewer is the account the
 * request is made as (a login session on the site, a personal token on the API), or the public; OParl's viewer is
 * always the public.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    /** The viewer of the current request: its account, read afresh (a removed account is the public). */
    static Viewer viewerOf(AccountStore accounts) {
        return SignedInAccount.account(accounts)
                .map(Viewer::of).orElse(Viewer.PUBLIC);
    }

    @Bean
    @RequestScope
    ArchiveReader archiveReader(DataSource dataSource, AccountStore accounts) {
        return new ArchiveReader(dataSource, viewerOf(accounts));
    }

    /**
     * OParl publishes what the public sees, whoever asks: it is the open-data interface, and a list of its pages
     * would hand out closed material by the hundred without the audit log knowing who read which (an account reads
     * closed material on the pages and in /api, both logged).
     */
    @Bean
    @RequestScope
    OparlReader oparlReader(DataSource dataSource) {
        return new OparlReader(dataSource, Viewer.PUBLIC);
    }
}
