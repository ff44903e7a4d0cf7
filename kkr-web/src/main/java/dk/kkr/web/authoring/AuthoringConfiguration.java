package dk.kkr.web.authoring;

import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.service.access.ItemClosing;
import dk.kkr.service.authoring.MeetingEditing;
import dk.kkr.service.mail.MailDelivery;
import dk.kkr.store.AgendaReviews;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.access.ItemAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The site's one {@link AuthoredAgendas} (what the pages read of agendas written here) and {@link MeetingEditing}
 * (what changes them, with the search index), and the clock that publishes agendas at the moment their secretariat
 * set — every half minute the agendas whose time has come are published and indexed — and sends the queued e-mail
 * ({@link MailDelivery}, when the environment names an SMTP server).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuthoringConfiguration {

    @Bean
    AuthoredAgendas authoredAgendas(DataSource dataSource) {
        return new AuthoredAgendas(dataSource);
    }

    /** Closing an item or an annex, with the search index after it (item pages and the agenda API close). */
    @Bean
    ItemClosing itemClosing(DataSource dataSource, ArchiveIndex index) {
        return new ItemClosing(new ItemAccess(dataSource), index, new ReindexFromStore(dataSource));
    }

    /** Sending a draft agenda for review, and the reviewers' comments. */
    @Bean
    AgendaReviews agendaReviews(DataSource dataSource, AuthoredAgendas agendas) {
        return new AgendaReviews(dataSource, agendas);
    }

    @Bean
    MeetingEditing meetingEditing(DataSource dataSource, AuthoredAgendas agendas, ArchiveIndex index) {
        return new MeetingEditing(dataSource, agendas, index);
    }

    @Bean
    DueWork dueWork(MeetingEditing editing, DataSource dataSource) {
        return new DueWork(editing, MailDelivery.fromEnvironment(dataSource, System.getenv()));
    }

    /** Publishes what is due, and sends the queued e-mail when an SMTP server is configured. */
    static final class DueWork {
        private final MeetingEditing editing;
        private final Optional<MailDelivery> mail;

        DueWork(MeetingEditing editing, Optional<MailDelivery> mail) {
            this.editing = editing;
            this.mail = mail;
        }

        @Scheduled(fixedDelay = 30_000, initialDelay = 5_000)
        void run() {
            editing.publishDue();
            mail.ifPresent(MailDelivery::deliver);
        }
    }
}
