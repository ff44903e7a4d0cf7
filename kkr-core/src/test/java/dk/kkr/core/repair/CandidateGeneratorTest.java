package dk.kkr.core.repair;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.repair.CandidateGenerator.Candidate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate spellings: distinct, best first, and the best few the same however many are asked for. */
class CandidateGeneratorTest {

    private static final CandidateGenerator GENERATOR = new CandidateGenerator(ConfusionModel.standard(),
            new CharTrigramModel(RepairFixture.REPAIRER.dictionary().stems()));

    @Test
    void theBestFewAreTheFirstOfAll() {
        for (String word : List.of("gkonomiske", "sundhedsradene", "hjemmebehandlingteam", "praehospitale", "pa",
                "Understatte", "kommunaldirektgrnetveerket")) {
            List<Candidate> all = GENERATOR.candidates(word, 3, 10_000);
            assertThat(all).extracting(Candidate::text).doesNotHaveDuplicates().doesNotContain(word);
            assertThat(all).extracting(Candidate::score).isSorted();
            for (int limit : List.of(1, 3, 12)) {
                assertThat(GENERATOR.candidates(word, 3, limit)).as("%s, %d", word, limit)
                        .isEqualTo(all.subList(0, Math.min(limit, all.size())));
            }
        }
    }
}
