package dk.kkr.core.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.danish.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's own sample documents (resources under dk/kkr/samples, listed in samples.txt) and their
 * structure golds (test resources under dk/kkr/samples/gold): the list is complete, the files are sound,
 * and each gold states what really stands in its sample.
 */
class SamplesTest {

    private static final String SAMPLES = "/dk/kkr/samples/";
    private static final String GOLD = SAMPLES + "gold/structure-";
    private static final Map<String, DocumentKind> KIND_BY_PREFIX = Map.of(
            "dagsorden-", DocumentKind.AGENDA,
            "referat-", DocumentKind.MINUTES,
            "bilag-", DocumentKind.ANNEX_BUNDLE);
    private static final Set<String> SECTION_HEADINGS =
            Set.of("Baggrund", "Indstilling", "Sagsfremstilling", "Bilag", "Beslutning");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theIndexListsExactlyTheFilesPresent() throws Exception {
        Set<String> present;
        try (Stream<Path> files = Files.list(file(SAMPLES + "samples.txt").getParent())) {
            present = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("samples.txt")).collect(Collectors.toSet());
        }
        assertThat(Samples.names()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(present);
    }

    @Test
    void everyGoldBelongsToASample() throws Exception {
        Set<String> golds;
        try (Stream<Path> files = Files.list(file(GOLD + baseName(Samples.names().getFirst()) + ".json").getParent())) {
            golds = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(golds).containsExactlyInAnyOrderElementsOf(
                Samples.names().stream().map(s -> "structure-" + baseName(s) + ".json").toList());
    }

    @ParameterizedTest
    @MethodSource("dk.kkr.core.samples.Samples#names")
    void eachSampleIsNonEmptyStrictUtf8TextOrAPdf(String name) throws IOException {
        byte[] content = bytes(SAMPLES + name);
        assertThat(content).isNotEmpty();
        if (name.endsWith(".pdf")) {
            assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } else {
            assertThat(name).endsWith(".txt");
            assertThat(content[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);
            assertThat(decodeStrictUtf8(content)).contains("KKR");
        }
    }

    @ParameterizedTest
    @MethodSource("dk.kkr.core.samples.Samples#names")
    void eachSampleHasAGoldOfTheRightKind(String name) throws IOException {
        JsonNode gold = gold(name);
        DocumentKind expected = KIND_BY_PREFIX.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(gold.path("source").asText()).isEqualTo(name);
        assertThat(DocumentKind.valueOf(gold.path("kind").asText())).isEqualTo(expected);
        assertThat(ReferenceData.body(gold.path("body").asText())).isPresent();
        assertThat(gold.path("items").isArray()).isTrue();
        assertThat(gold.path("documents").isArray()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("dk.kkr.core.samples.Samples#names")
    void theGoldStatesWhatStandsInTheSample(String name) throws IOException {
        JsonNode gold = gold(name);
        List<String> lines = text(name).lines().map(String::strip).toList();
        boolean bundle = gold.path("kind").asText().equals("ANNEX_BUNDLE");

        assertThat(String.join("\n", lines)).containsIgnoringCase(gold.path("body").asText());
        JsonNode meeting = gold.path("meeting");
        if (!meeting.isMissingNode()) {
            LocalDate date = LocalDate.parse(meeting.path("date").asText());
            LocalTime time = LocalTime.parse(meeting.path("time").asText());
            assertThat(lines).contains(
                    "Dato: " + date.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " " + time,
                    "Sted: " + meeting.path("location").asText());
        }
        if (bundle) {
            for (JsonNode item : gold.path("items")) {
                assertThat(lines).containsSubsequence(item.path("number").asText(), "", item.path("title").asText());
                for (JsonNode annex : item.path("annexes")) {
                    String tocRow = "\\| Bilag \\d+: " + Pattern.quote(annex.asText()) + " \\| \\d+ \\|";
                    assertThat(lines).anyMatch(l -> l.matches(tocRow));
                }
            }
        } else {
            assertItemsAsInAgenda(gold.path("items"), lines);
        }
        for (JsonNode document : gold.path("documents")) {
            assertThat(lines).contains("Sags ID: " + document.path("caseId").asText(),
                    "Dok. ID: " + document.path("docId").asText());
        }
    }

    @Test
    void theCleanAgendaHasEnoughItems() throws IOException {
        JsonNode items = gold("dagsorden-kkr-syddanmark-2025-03-10.txt").path("items");
        List<String> numbers = new ArrayList<>();
        items.forEach(i -> numbers.add(i.path("number").asText()));
        assertThat(numbers.stream().filter(n -> !n.contains("."))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(numbers.stream().filter(n -> n.contains("."))).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void theMemoLetterheadRepeatsOnEveryPage() throws IOException {
        String text = text("bilag-kkr-syddanmark-2025-03-10.txt");
        Matcher pages = Pattern.compile("(?m)^Side (\\d+) af 3$").matcher(text);
        List<String> seen = new ArrayList<>();
        while (pages.find()) {
            seen.add(pages.group(1));
        }
        assertThat(seen).containsExactly("1", "2", "3");
        assertThat(text.split("Dok\\. ID: 4417205", -1)).hasSize(4);
    }

    @Test
    void thePdfHasATextLayerWithDanishLetters() throws IOException {
        String text = text("dagsorden-kkr-midtjylland-2025-04-07.pdf");
        assertThat(text).contains("KKR MIDTJYLLAND", "Indstilling", "Fælles indsats", "Høringssvar",
                "Søhøjlandets", "0-17-årige");
    }

    /**
     * Each item's heading stands after the previous one's, and between it and the next heading stand exactly
     * the gold's case line, section headings (in order) and annex titles (the lines that follow "Bilag" up to a blank line).
     */
    private static void assertItemsAsInAgenda(JsonNode items, List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        for (JsonNode item : items) {
            int from = starts.isEmpty() ? 0 : starts.getLast() + 1;
            String heading = item.path("number").asText() + ". " + item.path("title").asText();
            int at = lines.subList(from, lines.size()).indexOf(heading);
            assertThat(at).as(heading).isNotNegative();
            starts.add(from + at);
        }
        starts.add(lines.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            List<String> body = lines.subList(starts.get(i) + 1, starts.get(i + 1));
            String label = item.path("number").asText();
            List<String> caseLines = body.stream().filter(l -> l.matches("SAG-\\d{4}-\\d{5} [a-z]{4}")).toList();
            assertThat(caseLines).as(label).containsExactlyElementsOf(item.has("caseId")
                    ? List.of(item.path("caseId").asText() + " " + item.path("caseOwner").asText()) : List.of());
            assertThat(body.stream().filter(SECTION_HEADINGS::contains).toList()).as(label)
                    .containsExactlyElementsOf(strings(item.path("sections")));
            List<String> annexes = new ArrayList<>();
            int annexList = body.indexOf("Bilag");
            if (annexList >= 0) {
                List<String> after = body.subList(annexList + 1, body.size()).stream()
                        .dropWhile(String::isEmpty).toList();
                after.stream().takeWhile(l -> !l.isEmpty() && !SECTION_HEADINGS.contains(l)).forEach(annexes::add);
            }
            assertThat(annexes).as(label).containsExactlyElementsOf(strings(item.path("annexes")));
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }

    private static String text(String name) throws IOException {
        byte[] content = bytes(SAMPLES + name);
        if (!name.endsWith(".pdf")) {
            return decodeStrictUtf8(content);
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static JsonNode gold(String sample) throws IOException {
        return JSON.readTree(bytes(GOLD + baseName(sample) + ".json"));
    }

    private static String baseName(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private static String decodeStrictUtf8(byte[] content) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content)).toString();
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = SamplesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The file a resource is, on the test class path. */
    private static Path file(String resource) throws URISyntaxException {
        URL url = SamplesTest.class.getResource(resource);
        assertThat(url).as(resource).isNotNull();
        assertThat(url.getProtocol()).as("test resources are plain files").isEqualTo("file");
        return Path.of(url.toURI());
    }
}
