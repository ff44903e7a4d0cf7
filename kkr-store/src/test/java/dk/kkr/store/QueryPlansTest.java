package dk.kkr.store;

import dk.kkr.core.model.MeetingInfo;
import dk.kkr.core.model.Span;
import dk.kkr.core.pipeline.ParsedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded archive renews its statistics, and with them its connections' plans, as it grows. */
class QueryPlansTest {

    private static final String KNOWN_FILE = """
            SELECT f.id, d.id FROM source_file f
            JOIN document d ON d.source_file_id = f.id AND d.parent_id IS NULL
            WHERE f.sha256 = 'x'""";

    @TempDir
    Path dataDir;

    @Test
    void theArchiveIsAnalysedOnceItHasGrownAndTheHashLookupThenStartsFromTheHash() {
        try (Database database = Database.open(dataDir, null, null, null)) {
            ArchiveStore store = new ArchiveStore(database.dataSource());
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            for (int i = 1; i < QueryPlans.FIRST_ANALYSIS; i++) {
                store.save(minutes(i));
            }
            // not analysed yet: H2's default selectivity, the same for every column
            assertThat(selectivity(jdbc, "SOURCE_FILE", "SHA256")).isEqualTo(50);

            store.save(minutes((int) QueryPlans.FIRST_ANALYSIS));
            store.save(minutes(1)); // a known file stores nothing and counts for nothing

            assertThat(selectivity(jdbc, "SOURCE_FILE", "SHA256")).isEqualTo(100);
            String plan = jdbc.sql("EXPLAIN " + KNOWN_FILE).query(String.class).single();
            assertThat(plan.indexOf("\"SOURCE_FILE\" \"F\"")).isLessThan(plan.indexOf("\"DOCUMENT\" \"D\""));
        }
    }

    private static ParsedFile minutes(int number) {
        MeetingInfo meeting = new MeetingInfo(Fixtures.MEETING_DATE.plusDays(number), null, "Hillerød", new Span(0, 7));
        return Fixtures.minutes("referat-" + number + ".txt", "KKR Hovedstaden", meeting,
                List.of("Orientering nummer " + number), null);
    }

    private static int selectivity(JdbcClient jdbc, String table, String column) {
        return jdbc.sql("SELECT selectivity FROM information_schema.columns WHERE table_name = ? AND column_name = ?")
                .params(table, column).query(Integer.class).single();
    }
}
