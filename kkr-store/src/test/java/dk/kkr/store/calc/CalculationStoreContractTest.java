package dk.kkr.store.calc;

import dk.kkr.store.read.ArchiveFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the calculation store must do on any database; each subclass gives every test a fresh archive. */
abstract class CalculationStoreContractTest {

    private static final Instant NOW = Instant.parse("2024-03-01T09:30:00Z");
    private static final String CSV = "kommune;unge_15_17\nOdense;7.500\nKolding;3.500\n";
    private static final String RESULT = "{\"model\":\"objective-financing\",\"rows\":[{\"kommune\":\"Ærø\"}]}";

    private CalculationStore store;
    private ArchiveFixture.Ids ids;

    /** A fresh database holding the archive fixture. */
    abstract ArchiveFixture.Loaded archive();

    @BeforeEach
    void open() {
        ArchiveFixture.Loaded archive = archive();
        ids = archive.ids();
        store = new CalculationStore(archive.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("annual_rate", "1.652.253");
        params.put("pool", "5000");
        params.put("days", "365");
        return params;
    }

    @Test
    void savesAndFindsEverythingAsGiven() {
        SavedCalculation saved = store.save("Sikrede institutioner 2024 – æøå", "objective-financing", params(), CSV,
                RESULT, null);

        assertThat(store.find(saved.id())).contains(saved);
        assertThat(saved.title()).isEqualTo("Sikrede institutioner 2024 – æøå");
        assertThat(saved.model()).isEqualTo("objective-financing");
        assertThat(saved.params()).containsExactly(Map.entry("annual_rate", "1.652.253"), Map.entry("pool", "5000"),
                Map.entry("days", "365"));
        assertThat(saved.inputCsv()).isEqualTo(CSV);
        assertThat(saved.resultJson()).isEqualTo(RESULT);
        assertThat(saved.createdAt().toInstant()).isEqualTo(NOW);
        assertThat(saved.agendaItemId()).isNull();
        assertThat(store.find(saved.id() + 1000)).isEmpty();
    }

    @Test
    void linksToAnItemAndListsByItem() {
        SavedCalculation first = store.save("Første", "scale", Map.of(), CSV, RESULT, ids.item21());
        SavedCalculation second = store.save("Anden", "scale", Map.of(), CSV, RESULT, null);
        SavedCalculation other = store.save("Andet punkt", "scale", Map.of(), CSV, RESULT, ids.item1());

        assertThat(first.agendaItemId()).isEqualTo(ids.item21());
        assertThat(store.byItem(ids.item21())).extracting(SavedCalculation::id).containsExactly(first.id());

        assertThat(store.link(second.id(), ids.item21())).isTrue();
        assertThat(store.byItem(ids.item21())).extracting(SavedCalculation::title).containsExactly("Første", "Anden");
        assertThat(store.byItem(ids.item22())).isEmpty();

        assertThat(store.link(first.id(), null)).isTrue();
        assertThat(store.find(first.id()).orElseThrow().agendaItemId()).isNull();
        assertThat(store.byItem(ids.item21())).extracting(SavedCalculation::id).containsExactly(second.id());
        assertThat(store.byItem(ids.item1())).extracting(SavedCalculation::id).containsExactly(other.id());
    }

    @Test
    void refusesAnItemThatDoesNotExistAndReportsAnUnknownCalculation() {
        long missingItem = ids.oldItem() + 1000;
        assertThatThrownBy(() -> store.save("x", "scale", Map.of(), CSV, RESULT, missingItem))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(missingItem));
        assertThat(store.latest(10)).isEmpty();

        SavedCalculation saved = store.save("x", "scale", Map.of(), CSV, RESULT, null);
        assertThatThrownBy(() -> store.link(saved.id(), missingItem)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.link(saved.id() + 1000, ids.item1())).isFalse();
    }

    @Test
    void latestIsNewestFirstAndLimited() {
        for (int i = 1; i <= 4; i++) {
            store.save("Beregning " + i, "audit", Map.of(), CSV, RESULT, null);
        }
        assertThat(store.latest(3)).extracting(SavedCalculation::title)
                .containsExactly("Beregning 4", "Beregning 3", "Beregning 2");
    }
}
