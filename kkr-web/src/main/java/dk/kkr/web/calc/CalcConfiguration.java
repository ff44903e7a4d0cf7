package dk.kkr.web.calc;

import dk.kkr.store.calc.CalculationStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The saved calculations, over the application's database. */
@Configuration(proxyBeanMethods = false)
class CalcConfiguration {

    @Bean
    CalculationStore calculationStore(DataSource dataSource) {
        return new CalculationStore(dataSource);
    }
}
