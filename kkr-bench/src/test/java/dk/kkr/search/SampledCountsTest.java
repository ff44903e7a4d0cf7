package dk.kkr.search;

import dk.kkr.bench.SyntheticCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Large results are counted from a sample of the index: the estimates come close to the exact counts,
 * say they are estimates, and a result too thin in the sample is counted exactly.
 */
class SampledCountsTest {

    private static final int UNITS = 6_000;

    @TempDir
    static Path dataDir;
    static ArchiveIndex index;

    @BeforeAll
    static void build() {
        index = ArchiveIndex.open(dataDir, TestDictionary.get(), () -> new SyntheticCorpus(7).items(UNITS));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResult search(int sampledMatches, String query) {
        return new SearchService(index, sampledMatches).search(SearchQuery.of(query));
    }

    @Test
    void aLargeResultIsEstimatedFromASample() {
        SearchResult exact = search(Integer.MAX_VALUE, "kommunerne");
        SearchResult sampled = search(UNITS / 4, "kommunerne");
        assertThat(exact.approximate()).isFalse();
        assertThat(exact.total()).isGreaterThan(1_000);
        assertThat(sampled.approximate()).isTrue();
        // about 1,500 sampled matches: three standard deviations are under 10 %
        assertThat((double) sampled.total()).isCloseTo(exact.total(), within(exact.total() * 0.10));
        for (FacetCount body : exact.facets().get(Facet.BODY)) {
            long estimate = sampled.facets().get(Facet.BODY).stream().filter(c -> c.value().equals(body.value()))
                    .mapToLong(FacetCount::count).findFirst().orElse(0);
            assertThat((double) estimate).as(body.value()).isCloseTo(body.count(), within(body.count() * 0.20));
        }
        assertThat(sampled.hits()).isEqualTo(exact.hits());
    }

    @Test
    void theCaseFacetIsLeftOutOfAnEstimate() {
        assertThat(search(Integer.MAX_VALUE, "kommunerne").facets().get(Facet.CASE)).isNotEmpty();
        assertThat(search(UNITS / 4, "kommunerne").facets().get(Facet.CASE)).isEmpty();
    }

    @Test
    void aResultTooThinInTheSampleIsCountedExactly() {
        // one bucket of 1,024: about six units, fewer matches than an estimate needs
        SearchResult exact = search(Integer.MAX_VALUE, "kommunerne");
        SearchResult thin = search(1, "kommunerne");
        assertThat(thin.approximate()).isFalse();
        assertThat(thin.total()).isEqualTo(exact.total());
        assertThat(thin.facets()).isEqualTo(exact.facets());
    }

    @Test
    void aResultTheSearchSawWholeIsExactWhateverTheSample() {
        SearchResult exact = search(Integer.MAX_VALUE, "SAG-2020-00001 OR praksisplanudvalget");
        SearchResult small = search(UNITS / 4, "SAG-2020-00001 OR praksisplanudvalget");
        assertThat(exact.total()).isBetween(1L, 999L);
        assertThat(small.approximate()).isFalse();
        assertThat(small.total()).isEqualTo(exact.total());
        assertThat(small.facets()).isEqualTo(exact.facets());
    }
}
