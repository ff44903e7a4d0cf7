package dk.kkr.search;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Index, search, facets, highlighting, sort and suggestions over a few fictional items. */
class SearchServiceTest {

    static final List<ItemDoc> UNITS = List.of(
            item(1, "3.5", "Justeret fordelingsnøgle på pædagogområdet", "SAG-2020-04197", "KKR Hovedstaden",
                    LocalDate.of(2020, 9, 7),
                    List.of("København", "Gentofte"),
                    new Section("Indstilling", "Det indstilles, at KKR Hovedstaden godkender den justerede "
                            + "fordelingsnøgle for praktikpladser i Københavns Kommune og Gentofte Kommune.",
                            new Span(100, 250)),
                    new Section("Sagsfremstilling", "Merudgiften er 2,6 mio. kr. årligt for kommunerne.",
                            new Span(250, 320))),
            item(2, "3.1", "Klimaplaner i alle kommuner", "SAG-2021-00101", "KKR Midtjylland",
                    LocalDate.of(2021, 3, 1), List.of("Aarhus", "Silkeborg"),
                    new Section("Baggrund", "Aarhus Kommune og Silkeborg Kommune arbejder med klimatilpasning "
                            + "og økonomi i de kommunale klimaplaner.", new Span(400, 500))),
            item(3, "2.1", "Økonomi og budget for det specialiserede socialområde", "SAG-2022-00202",
                    "KKR Hovedstaden", LocalDate.of(2022, 5, 2), List.of(),
                    new Section("Baggrund", "Budgettet for 2023 viser en stigning i taksterne. "
                            + "Sagen vedrører ikke klima.", new Span(600, 700))),
            new ItemDoc(40, null, "bilag.txt", "3.5", "Notat om praktikpladser", List.of(
                    new Section(null, "NOTAT Notat om praktikpladser. Dimensioneringen af "
                            + "social- og sundhedsuddannelserne fordeles efter befolkningstal.", new Span(0, 120))),
                    "SAG-2020-04197", "KKR Hovedstaden", LocalDate.of(2020, 9, 1), DocumentKind.NOTE,
                    new Span(0, 120), List.of()));

    @TempDir
    Path dataDir;
    ArchiveIndex index;
    SearchService search;

    @BeforeEach
    void open() {
        index = ArchiveIndex.open(dataDir, TestDictionary.get(), UNITS::stream);
        search = new SearchService(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    /** An agenda item that mentions these municipalities (as the store's entity mentions would say). */
    static ItemDoc item(long id, String number, String title, String caseId, String body, LocalDate date,
                        List<String> municipalities, Section... sections) {
        return new ItemDoc(10 + id, id, "dagsorden-" + id + ".txt", number, title, List.of(sections), caseId, body,
                date, DocumentKind.AGENDA, new Span(0, 1000), municipalities);
    }

    private List<String> keys(String query) {
        return search.search(SearchQuery.of(query)).hits().stream().map(Hit::key).toList();
    }

    @Test
    void aNewIndexIsBuiltFromTheSource() {
        assertThat(index.rebuiltBecause()).isEqualTo("mangler");
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void wordsMustAllMatchByDefault() {
        assertThat(keys("klimaplaner kommuner")).containsExactly("item:2");
        assertThat(keys("klima budget")).containsExactly("item:3");
    }

    @Test
    void whenNoUnitHasEveryWordTheUnitsWithMostOfThemAreShownAsPartial() {
        assertThat(search.search(SearchQuery.of("klimaplaner kommuner")).partial()).isFalse();
        SearchResult most = search.search(SearchQuery.of("klimaplaner kommuner zebrafinke"));
        assertThat(most.partial()).isTrue();
        assertThat(most.hits()).extracting(Hit::key).as("the one unit with two of the three words")
                .containsExactly("item:2");
        SearchResult one = search.search(SearchQuery.of("zebrafinke budget"));
        assertThat(one.partial()).isTrue();
        assertThat(one.hits()).extracting(Hit::key).contains("item:3");
        assertThat(search.search(SearchQuery.of("zebrafinke struds")).hits()).isEmpty();
        assertThat(search.search(SearchQuery.of("\"klimaplaner zebrafinke\"")).partial()).as("a phrase stays whole")
                .isFalse();
        assertThat(search.search(SearchQuery.of("klima -budget zebrafinke")).hits()).as("nor is an operator relaxed")
                .isEmpty();
    }

    @Test
    void phrasesOrAndNot() {
        assertThat(keys("\"specialiserede socialområde\"")).containsExactly("item:3");
        assertThat(keys("\"socialområde specialiserede\"")).isEmpty();
        assertThat(keys("klimatilpasning OR budgettet")).containsExactlyInAnyOrder("item:2", "item:3");
        assertThat(keys("klima NOT budget")).containsExactly("item:2");
        assertThat(keys("klima -budget")).containsExactly("item:2");
    }

    @Test
    void compoundPartsFoldedLettersAndStems() {
        assertThat(keys("nøgle")).containsExactly("item:1");
        assertThat(keys("Kobenhavn")).containsExactly("item:1");
        assertThat(keys("okonomi")).containsExactlyInAnyOrder("item:2", "item:3");
        assertThat(keys("praktikpladserne")).containsExactlyInAnyOrder("document:40", "item:1");
    }

    @Test
    void caseIdsAndNumbersExactly() {
        assertThat(keys("SAG-2020-04197")).containsExactlyInAnyOrder("item:1", "document:40");
        assertThat(keys("SAG-2021-00101")).containsExactly("item:2");
        assertThat(keys("\"2,6 mio.\"")).containsExactly("item:1");
        assertThat(keys("2,6")).containsExactly("item:1");
    }

    @Test
    void aQueryThatDoesNotParseIsSearchedAsWords() {
        assertThat(keys("klimaplaner (")).containsExactly("item:2");
    }

    @Test
    void facetsCountAllMatchesAndFiltersNarrow() {
        SearchResult all = search.search(SearchQuery.of(""));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().get(Facet.BODY)).containsExactly(
                new FacetCount("KKR Hovedstaden", 3), new FacetCount("KKR Midtjylland", 1));
        assertThat(all.facets().get(Facet.YEAR)).contains(new FacetCount("2020", 2));
        assertThat(all.facets().get(Facet.KIND)).contains(new FacetCount("NOTE", 1), new FacetCount("AGENDA", 3));
        assertThat(all.facets().get(Facet.MUNICIPALITY)).extracting(FacetCount::value)
                .contains("København", "Gentofte", "Aarhus", "Silkeborg");
        assertThat(all.facets().get(Facet.CASE)).contains(new FacetCount("SAG-2020-04197", 2));

        SearchResult hovedstaden2020 = search.search(SearchQuery.of("")
                .filter(Facet.BODY, "KKR Hovedstaden").filter(Facet.YEAR, "2020"));
        assertThat(hovedstaden2020.total()).isEqualTo(2);
        assertThat(search.search(SearchQuery.of("").filter(Facet.YEAR, "2020").filter(Facet.YEAR, "2021")).total())
                .isEqualTo(3);
        assertThat(search.search(SearchQuery.of("").filter(Facet.MUNICIPALITY, "Aarhus")).hits())
                .extracting(Hit::key).containsExactly("item:2");
    }

    @Test
    void sortsByDate() {
        assertThat(search.search(SearchQuery.of("").sortedBy(SearchQuery.Sort.NEWEST)).hits())
                .extracting(Hit::key).containsExactly("item:3", "item:2", "item:1", "document:40");
        assertThat(search.search(SearchQuery.of("").sortedBy(SearchQuery.Sort.OLDEST).page(1, 2)).hits())
                .extracting(Hit::key).containsExactly("item:1", "item:2");
    }

    @Test
    void hitsCarryWhereTheyStandAndHighlightedPassages() {
        Hit hit = search.search(SearchQuery.of("merudgiften")).hits().getFirst();
        assertThat(hit.itemId()).isEqualTo(1L);
        assertThat(hit.documentId()).isEqualTo(11L);
        assertThat(hit.number()).isEqualTo("3.5");
        assertThat(hit.caseId()).isEqualTo("SAG-2020-04197");
        assertThat(hit.date()).isEqualTo(LocalDate.of(2020, 9, 7));
        Snippet snippet = hit.snippets().getFirst();
        assertThat(snippet.section()).isEqualTo("Sagsfremstilling");
        assertThat(snippet.sectionIndex()).isEqualTo(1);
        assertThat(snippet.sectionSpan()).isEqualTo(new Span(250, 320));
        assertThat(snippet.html()).contains("<mark>Merudgiften</mark>");
        String section = UNITS.getFirst().sections().get(1).text();
        assertThat(section.substring(snippet.start(), snippet.end())).isEqualTo(snippet.text());
        for (Hit any : search.search(SearchQuery.of("kommunerne OR praktikpladser")).hits()) {
            assertThat(any.snippets()).allSatisfy(s -> assertThat(s.text()).isEqualTo(s.text().strip()));
        }
    }

    @Test
    void aUnitWithoutTitleHasNoTitle() {
        index.index(item(8, "4.2", null, null, "KKR Sjælland", LocalDate.of(2024, 2, 5), List.of(),
                new Section("Indstilling", "Det indstilles, at praksisplanudvalget orienteres.", new Span(0, 50))));
        index.commit();
        Hit hit = search.search(SearchQuery.of("praksisplanudvalget")).hits().getFirst();
        assertThat(hit.number()).isEqualTo("4.2");
        assertThat(hit.title()).isNull();
    }

    @Test
    void compoundMatchesAreMarkedWhole() {
        Snippet snippet = search.search(SearchQuery.of("nøgle")).hits().getFirst().snippets().getFirst();
        assertThat(snippet.matches()).extracting(m -> m.of(snippet.text())).contains("fordelingsnøgle");
    }

    @Test
    void snippetsEscapeHtml() {
        Snippet snippet = new Snippet("a <b> & c", List.of(new Span(2, 5)), null, 0, 0, 9, new Span(0, 9));
        assertThat(snippet.html()).isEqualTo("a <mark>&lt;b&gt;</mark> &amp; c");
    }

    @Test
    void suggestsNearSpellingsOfUnknownWords() {
        assertThat(search.search(SearchQuery.of("Klimatilpasnig")).suggestion()).isEqualTo("Klimatilpasning");
        assertThat(search.search(SearchQuery.of("budgetet AND okonomi")).suggestion())
                .isEqualTo("budgettet AND økonomi");
        assertThat(search.search(SearchQuery.of("klimaplaner")).suggestion()).isNull();
    }

    @Test
    void changesAreVisibleAfterCommit() {
        ItemDoc extra = item(9, "4.1", "Udpegning til praksisplanudvalget", null, "KKR Sjælland",
                LocalDate.of(2024, 1, 8), List.of());
        index.index(extra);
        assertThat(keys("praksisplanudvalget")).isEmpty();
        index.commit();
        assertThat(keys("praksisplanudvalget")).containsExactly("item:9");
        index.delete(extra.key());
        index.commit();
        assertThat(keys("praksisplanudvalget")).isEmpty();
    }

    @Test
    void aCorruptIndexIsRebuiltWhenOpened() throws IOException {
        index.close();
        try (Stream<Path> files = Files.list(dataDir.resolve("index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        index = ArchiveIndex.open(dataDir, TestDictionary.get(), UNITS::stream);
        assertThat(index.rebuiltBecause()).startsWith("ulæseligt");
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void aSoundIndexIsKeptAndRebuildSwapsInTheNewOne() {
        index.close();
        index = ArchiveIndex.open(dataDir, TestDictionary.get(), UNITS::stream);
        assertThat(index.rebuiltBecause()).isNull();
        assertThat(index.reconciled()).isEqualTo(new ArchiveIndex.Reconciled(0, 0));
        assertThat(index.size()).isEqualTo(4);
        search = new SearchService(index);
        assertThat(index.rebuild(UNITS.stream().limit(1))).isEqualTo(1);
        assertThat(index.size()).isEqualTo(1);
        assertThat(keys("klimaplaner")).isEmpty();
        assertThat(Files.exists(dataDir.resolve("index.new"))).isFalse();
    }

    @Test
    void changesAreSearchableAtRefreshAndAnIndexClosedBeforeItsCommitIsRebuiltWhenOpened() {
        ItemDoc extra = item(9, "4.1", "Praksisplanudvalget", "SAG-2023-00009", "KKR Hovedstaden",
                LocalDate.of(2023, 1, 9), List.of());
        index.index(extra);
        assertThat(keys("praksisplanudvalget")).isEmpty();
        index.refresh();
        assertThat(keys("praksisplanudvalget")).containsExactly("item:9");
        assertThat(dataDir.resolve("index.pending")).exists();
        index.close();

        List<ItemDoc> stored = Stream.concat(UNITS.stream(), Stream.of(extra)).toList();
        index = ArchiveIndex.open(dataDir, TestDictionary.get(), stored::stream);
        assertThat(index.rebuiltBecause()).startsWith("afbrudt");
        assertThat(dataDir.resolve("index.pending")).doesNotExist();
        assertThat(index.size()).isEqualTo(5);

        index.index(extra);
        index.commit();
        assertThat(dataDir.resolve("index.pending")).doesNotExist();
        index.close();
        index = ArchiveIndex.open(dataDir, TestDictionary.get(), stored::stream);
        assertThat(index.rebuiltBecause()).isNull();
        assertThat(index.reconciled()).isEqualTo(new ArchiveIndex.Reconciled(0, 0));
        assertThat(index.size()).isEqualTo(5);
    }

    @Test
    void openingASoundIndexMendsItToHoldExactlyTheUnitsOfTheStore() {
        index.close();
        ItemDoc added = item(9, "4.1", "Praksisplanudvalget", "SAG-2023-00009", "KKR Hovedstaden",
                LocalDate.of(2023, 1, 9), List.of());
        List<ItemDoc> stored = Stream.concat(UNITS.stream().skip(1), Stream.of(added)).toList();
        index = ArchiveIndex.open(dataDir, TestDictionary.get(), stored::stream);
        assertThat(index.rebuiltBecause()).isNull();
        assertThat(index.reconciled()).isEqualTo(new ArchiveIndex.Reconciled(1, 1));
        assertThat(index.size()).isEqualTo(4);
        search = new SearchService(index);
        assertThat(keys("praksisplanudvalget")).containsExactly("item:9");
        assertThat(keys("fordelingsnøgle")).doesNotContain("item:1");
        index.close();
        index = ArchiveIndex.open(dataDir, TestDictionary.get(), stored::stream);
        assertThat(index.reconciled()).isEqualTo(new ArchiveIndex.Reconciled(0, 0));
    }
}
