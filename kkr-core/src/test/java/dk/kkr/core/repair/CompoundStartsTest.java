package dk.kkr.core.repair;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.shared.Shared;
import dk.kkr.core.danish.CompoundStarts;
import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.repair.CandidateGenerator.Candidate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compound starts: read right from a small dictionary, and on the real one a check that asks
 * Hunspell only where a compound is possible gives Hunspell's own answer.
 */
class CompoundStartsTest {

    /** "for" begins compounds; "hus" with a linking s, "skole" without its e; "bil" via "biler" and then s. */
    private static final String AFF = String.join("\n",
            "SET UTF-8",
            "FLAG num",
            "COMPOUNDMIN 1",
            "COMPOUNDWORDMAX 2",
            "COMPOUNDBEGIN 10",
            "COMPOUNDEND 11",
            "COMPOUNDPERMITFLAG 12",
            "ONLYINCOMPOUND 13",
            "SFX 20 Y 1",
            "SFX 20 0 s/10,12,13 .",
            "SFX 21 Y 1",
            "SFX 21 e 0/10,13 e",
            "SFX 22 Y 1",
            "SFX 22 0 er/20 .",
            "PFX 30 Y 1",
            "PFX 30 0 u .",
            "PFX 31 Y 1",
            "PFX 31 0 -/12 .");
    private static final String DIC = String.join("\n", "6", "hus/20,11,30,31", "skole/21,11", "bil/22,11", "for/10",
            "have/11", "tag/11\tpo:noun");
    private static final Set<String> PLAIN = Set.of("hus", "skole", "bil", "biler", "have", "tag", "for");
    private static final Predicate<String> PLAIN_ANY_CASE = w -> PLAIN.contains(w.toLowerCase(Locale.ROOT));

    @Test
    void aCompoundNeedsAListedStartFollowedByAPlainWord() {
        CompoundStarts starts = CompoundStarts.read(AFF, DIC);
        for (String w : List.of("forhave", "husshave", "uhusshave", "skolhave", "bilerstag", "Forhave", "FORHAVE")) {
            assertThat(starts.mayBeCompound(w, PLAIN_ANY_CASE)).as(w).isTrue();
        }
        // "hus", "have" and "skole" begin no compound as they stand; "tog" is no word
        for (String w : List.of("hushave", "havehus", "skolehave", "fortog", "husstog", "husshav")) {
            assertThat(starts.mayBeCompound(w, PLAIN_ANY_CASE)).as(w).isFalse();
        }
    }

    @Test
    void aDictionaryOfAnotherShapeMayHaveAnyCompound() {
        List<String> others = List.of(
                AFF + "\nCOMPOUNDRULE 1\nCOMPOUNDRULE 10*11",
                AFF.replace("COMPOUNDWORDMAX 2", "COMPOUNDWORDMAX 3"),
                AFF.replace("FLAG num", "FLAG long"),
                AFF.replace("PFX 31 0 -/12 .", "PFX 31 0 be/12 ."));
        for (String aff : others) {
            assertThat(CompoundStarts.read(aff, DIC).mayBeCompound("hushave", PLAIN_ANY_CASE)).as(aff).isTrue();
        }
        String onlyInCompoundEnd = DIC + "\nmus/13,11";
        assertThat(CompoundStarts.read(AFF, onlyInCompoundEnd).mayBeCompound("hushave", PLAIN_ANY_CASE)).isTrue();
    }

    @Test
    void agreesWithHunspellOnCompoundsOfDictionaryWords() throws IOException {
        DanishDictionary dictionary = RepairFixture.REPAIRER.dictionary();
        List<String> stems = dictionary.stems();
        List<String> words = new ArrayList<>();
        // first parts from the dictionary itself, with the linking letters Danish uses, not from the start list
        for (int i = 0; i < stems.size(); i += 97) {
            String stem = stems.get(i);
            String cut = stem.substring(0, stem.length() - 1);
            for (String first : List.of(stem, stem + "s", stem + "e", cut, cut + "s", stem + "er")) {
                words.add(first + "arbejde");
                words.add(first + stems.get((i * 31) % stems.size()).toLowerCase(Locale.ROOT) + "en");
            }
        }
        words.addAll(List.of("Hjemmebehandling", "HJEMMEBEHANDLING", "sundhedsrådene", "bÅde", "f.eks"));
        assertAgreesWithHunspell(dictionary, words, 200);
    }

    @Test
    void agreesWithHunspellOnTheCorpusWordsAndTheirCandidates() throws IOException {
        Path shared = Shared.required();
        DanishDictionary dictionary = RepairFixture.REPAIRER.dictionary();
        CandidateGenerator generator = new CandidateGenerator(ConfusionModel.standard(),
                new CharTrigramModel(dictionary.stems()));
        Set<String> words = new LinkedHashSet<>();
        try (var files = Files.list(shared.resolve("corpus"))) {
            for (Path file : files.sorted().toList()) {
                for (WordSplitter.Word w : new WordSplitter().split(Files.readString(file))) {
                    if (words.add(w.text()) && !dictionary.accepts(w.text())) {
                        generator.candidates(w.text(), 3, 12).stream().map(Candidate::text).forEach(words::add);
                    }
                }
            }
        }
        assertAgreesWithHunspell(dictionary, new ArrayList<>(words), 1000);
    }

    /** The check gives Hunspell's answer on every word, and spares Hunspell's compound search on many. */
    private static void assertAgreesWithHunspell(DanishDictionary dictionary, List<String> words, int minSpared)
            throws IOException {
        CompoundStarts starts = CompoundStarts.read(resource(".aff"), resource(".dic"));
        int spared = 0;
        for (String w : words) {
            assertThat(dictionary.accepts(w, dictionary::acceptsSimple)).as(w).isEqualTo(dictionary.accepts(w));
            if (!dictionary.acceptsSimple(w) && !starts.mayBeCompound(w, dictionary::acceptsSimple)) {
                spared++;
            }
        }
        assertThat(spared).isGreaterThanOrEqualTo(minSpared);
    }

    private static String resource(String suffix) throws IOException {
        try (var in = CompoundStartsTest.class.getResourceAsStream("/org/languagetool/resource/da/hunspell/da_DK" + suffix)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
