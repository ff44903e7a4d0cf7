package dk.kkr.web;

import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.text.Messages;
import dk.kkr.search.ArchiveIndex;
import dk.kkr.search.ReindexFromStore;
import dk.kkr.search.SearchService;
import dk.kkr.service.DanishFormat;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.h2.H2ConsoleAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.core.env.MapPropertySource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The web application: pages and JSON API over the archive. It scans only this package and does not
 * configure a database: the caller owns the DataSource (and its migrations) and the search index, and hands
 * them to {@link #start}.
 */
@SpringBootApplication(exclude = {
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        SqlInitializationAutoConfiguration.class, FlywayAutoConfiguration.class, H2ConsoleAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
public class KkrWebApplication {

    /**
     * Starts the web server on {@code port} (0 picks a free one) over the given, already migrated
     * database and its search index, which the server then owns: it searches it and indexes what is imported
     * through it. {@code args} are Spring Boot command line arguments; the port given here wins over them.
     */
    public static ConfigurableApplicationContext start(DataSource dataSource, ArchiveIndex index, int port,
                                                       String... args) {
        SpringApplication application = new SpringApplication(KkrWebApplication.class);
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("dataSource", dataSource);
            context.getBeanFactory().registerSingleton("archiveIndex", index);
            context.getBeanFactory().registerSingleton("searchService", new SearchService(index));
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("kkrWebStart", Map.of("server.port", port)));
        });
        return application.run(args);
    }

    /**
     * As {@link #start(DataSource, ArchiveIndex, int, String...)}, with a search index built from the
     * database in a temporary directory, closed and deleted when the application stops.
     */
    public static ConfigurableApplicationContext start(DataSource dataSource, int port, String... args) {
        Path dir;
        try {
            dir = Files.createTempDirectory("kkr-index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArchiveIndex index = ArchiveIndex.open(dir, DanishDictionary.shared(), new ReindexFromStore(dataSource));
        ConfigurableApplicationContext context = start(dataSource, index, port, args);
        context.addApplicationListener((ContextClosedEvent e) -> {
            index.close();
            org.springframework.util.FileSystemUtils.deleteRecursively(dir.toFile());
        });
        return context;
    }

    /** The product's one message bundle ({@link Messages}) behind the templates' {@code #{key}}. */
    @Bean
    MessageSource messageSource() {
        AbstractMessageSource source = new AbstractMessageSource() {
            @Override
            protected MessageFormat resolveCode(String code, Locale locale) {
                return Messages.pattern(code).map(pattern -> new MessageFormat(pattern, Messages.DANISH)).orElse(null);
            }
        };
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** Danish wording for the templates, as {@code @da}. */
    @Bean("da")
    DanishFormat danishFormat() {
        return new DanishFormat();
    }
}
