package dk.kkr.web;

import dk.kkr.store.oparl.OparlReader;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.annotation.RequestScope;

import javax.sql.DataSource;

/**
 * The read model of the web: every page, the JSON API, OParl, the feeds and the calendars read the archive
 * through readers made for the viewer of the request, once per request, so that no channel can show what
 * its viewer may not see ({@link dk.kkr.store.read.Visibility} decides that). Today every request is the
 * public's; the access issue makes {@link #viewerOf} read the signed-in account.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    /** The viewer of a request. */
    static Viewer viewerOf(HttpServletRequest request) {
        return Viewer.PUBLIC;
    }

    @Bean
    @RequestScope
    ArchiveReader archiveReader(DataSource dataSource, HttpServletRequest request) {
        return new ArchiveReader(dataSource, viewerOf(request));
    }

    @Bean
    @RequestScope
    OparlReader oparlReader(DataSource dataSource, HttpServletRequest request) {
        return new OparlReader(dataSource, viewerOf(request));
    }
}
