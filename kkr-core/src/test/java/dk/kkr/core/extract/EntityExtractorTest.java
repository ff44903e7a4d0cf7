package dk.kkr.core.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTest {

    private static final String AGENDA = """
            3.2. Ny fælles indsats

            SAG-2022-07777 pqrs

            Baggrund

            Region Midtjylland og KL har aftalt en pulje på 2,5 mio. kr. (23-pl), hvoraf Aarhus Kommune
            bidrager med 10 pct. Kommunerne skal melde tilbage senest 1. oktober 2022.
            """;

    @Test
    void allKindsWithSpansIntoTheText() {
        Entities entities = new EntityExtractor().extract(AGENDA);
        assertThat(entities.caseIds()).extracting(CaseIdMention::owner).containsExactly("pqrs");
        assertThat(entities.organisations()).extracting(OrganisationMention::canonicalName)
                .containsExactly("Region Midtjylland", "KL");
        assertThat(entities.amounts()).extracting(AmountMention::priceLevel).containsExactly("23-pl");
        assertThat(entities.municipalities()).extracting(MunicipalityMention::text).containsExactly("Aarhus Kommune");
        assertThat(entities.percents()).hasSize(1);
        assertThat(entities.dates()).extracting(DateMention::text).containsExactly("1. oktober 2022");
        assertThat(entities.deadlines()).extracting(DeadlineMention::text).containsExactly("senest 1. oktober 2022");
        assertThat(entities.docIds()).isEmpty();
        assertThat(entities.all()).allSatisfy(m -> assertThat(m.span().of(AGENDA)).isEqualTo(m.text()));
        assertThat(entities.all()).hasSize(8);
    }

    @Test
    void oneExtractorServesManyThreads() {
        EntityExtractor extractor = new EntityExtractor();
        Entities expected = extractor.extract(AGENDA);
        assertThat(java.util.stream.IntStream.range(0, 64).parallel().mapToObj(i -> extractor.extract(AGENDA)))
                .allSatisfy(e -> assertThat(e).isEqualTo(expected));
    }
}
