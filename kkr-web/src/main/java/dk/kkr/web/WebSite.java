package dk.kkr.web;

import dk.kkr.search.ArchiveIndex;
import dk.kkr.service.Site;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import javax.sql.DataSource;

/** The Spring Boot web application as the {@link Site} the commands start. */
public final class WebSite implements Site {

    @Override
    public Running start(DataSource dataSource, ArchiveIndex index, int port, String... properties) {
        ConfigurableApplicationContext context = KkrWebApplication.start(dataSource, index, port, properties);
        return new Running() {
            @Override
            public int port() {
                return ((WebServerApplicationContext) context).getWebServer().getPort();
            }

            @Override
            public boolean isRunning() {
                return context.isActive();
            }

            @Override
            public void whenStopped(Runnable action) {
                context.addApplicationListener((ContextClosedEvent e) -> action.run());
            }

            @Override
            public void close() {
                context.close();
            }
        };
    }
}
