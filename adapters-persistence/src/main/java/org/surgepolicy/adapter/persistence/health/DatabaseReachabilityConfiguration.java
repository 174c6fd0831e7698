package org.surgepolicy.adapter.persistence.health;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The background check of the database that readiness answers from, on connections of its own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseHealthProperties.class)
public class DatabaseReachabilityConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseReachability databaseReachability(DataSource dataSource, DatabaseHealthProperties properties) {
        return new DatabaseReachability(DatabaseReachability.ownOf(dataSource), properties.interval(),
            properties.timeout(), properties.staleAfter()).start();
    }
}
