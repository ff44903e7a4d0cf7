package dk.kkr.web;

import dk.kkr.store.AgendaReviews;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.calc.CalculationStore;
import dk.kkr.store.read.ArchiveFixture;
import dk.kkr.web.calc.ItemCalculations;
import dk.kkr.web.login.AccountLogins;
import dk.kkr.web.login.SingleSignOn;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import javax.sql.DataSource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slice of the web layer for a controller's test: the given controllers with the site's advice, templates and
 * their helpers, messages, security chains and the read model, over the shared archive fixture in a real H2
 * database — no
 * server, no search index, no other controllers. Requests go through {@code MockMvc}. The full-server tests
 * (over {@link TestServer}) are kept for what only a running server shows: error pages, headers, sessions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({ReadModelConfiguration.class, SecurityConfiguration.class, AccountLogins.class, SingleSignOn.class,
        ItemCalculations.class,
        WebSlice.Fixture.class})
public @interface WebSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();

    /** The archive fixture, loaded once per test JVM, and its database. */
    @TestConfiguration(proxyBeanMethods = false)
    class Fixture {

        private static final ArchiveFixture.Loaded LOADED = ArchiveFixture.load();

        @Bean
        DataSource dataSource() {
            return LOADED.dataSource();
        }

        @Bean
        ArchiveFixture.Ids ids() {
            return LOADED.ids();
        }

        @Bean
        CalculationStore calculationStore() {
            return new CalculationStore(LOADED.dataSource());
        }

        @Bean
        AuthoredAgendas authoredAgendas() {
            return new AuthoredAgendas(LOADED.dataSource());
        }

        @Bean
        AgendaReviews agendaReviews(AuthoredAgendas agendas) {
            return new AgendaReviews(LOADED.dataSource(), agendas);
        }
    }

    /** Pages fetched through the slice. */
    final class Pages {

        private Pages() {
        }

        /** GETs a page through the slice: it must answer 200 with HTML, every message key resolved; its text. */
        public static String page(MockMvc mvc, String path) throws Exception {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentType()).as(path).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(path + " shows a message key that is not in the bundle")
                    .doesNotContainPattern("\\?\\?[\\w.]+_\\w+\\?\\?");
            return html;
        }
    }
}
