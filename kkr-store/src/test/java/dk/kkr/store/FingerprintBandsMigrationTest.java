package dk.kkr.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.core.dedup.Fingerprint;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An archive stored before the fingerprint bands gets them for its files when it is next opened. */
class FingerprintBandsMigrationTest {

    private static final String TEXT = """
            Kommunerne i regionen har i fællesskab udarbejdet en model for fordeling af praktikpladser på
            pædagogområdet, og kommunaldirektørkredsen anbefaler, at nøglen godkendes og bruges fra næste optag.
            """;

    @Test
    void filesStoredBeforeTheBandsGetTheirBands() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bands-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(dataSource, "7");
        JdbcClient sql = JdbcClient.create(dataSource);
        Fingerprint fingerprint = Fingerprint.of(TEXT);
        sql.sql("""
                        INSERT INTO source_file (file_name, sha256, byte_size, media_type, text, fingerprint, quality,
                                                 imported_at)
                        VALUES ('notat.txt', :sha, 100, 'text/plain', :text, :fingerprint, 0.99, :at)""")
                .param("sha", "b".repeat(64)).param("text", TEXT).param("fingerprint", fingerprint.encode())
                .param("at", OffsetDateTime.now()).update();
        assertThat(sql.sql("SELECT COUNT(*) FROM fingerprint_band").query(Long.class).single()).isZero();

        Database.migrate(dataSource, null);

        assertThat(sql.sql("SELECT band_key FROM fingerprint_band ORDER BY band_key").query(Long.class).list())
                .containsExactlyElementsOf(Arrays.stream(fingerprint.bandKeys()).sorted().boxed().toList());
    }
}
