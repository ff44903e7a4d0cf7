package dk.kkr.web.oparl;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/** CORS for the OParl endpoint: every answer under /oparl/ may be read by any web page. */
@Configuration(proxyBeanMethods = false)
class OparlConfiguration {

    @Bean
    FilterRegistrationBean<Filter> oparlCors() {
        Filter cors = (request, response, chain) -> {
            ((HttpServletResponse) response).setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(cors);
        registration.addUrlPatterns(OparlController.ROOT + "/*", OparlController.ROOT);
        return registration;
    }
}
