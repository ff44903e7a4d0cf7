package dk.kkr.web.authoring;

import dk.kkr.search.ArchiveIndex;
import dk.kkr.service.authoring.MeetingEditing;
import dk.kkr.store.AuthoredAgendas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;

/**
 * The site's one {@link AuthoredAgendas} (what the pages read of agendas written here) and {@link MeetingEditing}
 * (what changes them, with the search index), and the clock that publishes agendas at the moment their secretariat
 * set: every half minute the agendas whose time has come are published and indexed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuthoringConfiguration {

    @Bean
    AuthoredAgendas authoredAgendas(DataSource dataSource) {
        return new AuthoredAgendas(dataSource);
    }

    @Bean
    MeetingEditing meetingEditing(DataSource dataSource, AuthoredAgendas agendas, ArchiveIndex index) {
        return new MeetingEditing(dataSource, agendas, index);
    }

    @Bean
    DuePublications duePublications(MeetingEditing editing) {
        return new DuePublications(editing);
    }

    /** Publishes what is due. */
    static final class DuePublications {
        private final MeetingEditing editing;

        DuePublications(MeetingEditing editing) {
            this.editing = editing;
        }

        @Scheduled(fixedDelay = 30_000, initialDelay = 5_000)
        void publish() {
            editing.publishDue();
        }
    }
}
