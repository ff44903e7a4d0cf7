package dk.kkr.web.api;

import dk.kkr.core.text.Messages;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI description springdoc builds from the /api controllers (/v3/api-docs, UI at /api-docs). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI kkrApi() {
        return new OpenAPI().info(new Info().title("KKR Platform API").version("1")
                .description(Messages.text("api.description")));
    }
}
