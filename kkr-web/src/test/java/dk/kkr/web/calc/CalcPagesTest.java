package dk.kkr.web.calc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.web.TestServer;
import dk.kkr.core.calc.CalcCsv;
import dk.kkr.core.calc.CalcInput;
import dk.kkr.core.calc.CalcModels;
import dk.kkr.core.calc.CalcResult;
import dk.kkr.store.read.ArchiveFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculation pages over real HTTP: form, result, chart, steps, downloads, saving, rerun, items, escaping. */
class CalcPagesTest {

    /** Objective financing of secure institutions; the annual rate of the documents, 1.652.253 kr. */
    private static final String YOUTH = """
            kommune;unge_15_17;døgn
            København;3.000;10
            Høje-Taastrup;1.500;0
            Tårnby;500;3
            """;
    private static final String MODEL = "objective-financing";
    private static final String FORM = "/beregninger/ny/" + MODEL;

    private final TestServer server = TestServer.get();
    private final ArchiveFixture.Ids ids = server.ids;
    private final Http http = new Http(server, FORM);

    private static Http.Form youthForm() {
        return new Http.Form().with("param_annual_rate", "1.652.253").with("param_days", "365")
                .with("param_places", "1").with("param_days_column", "døgn").with("titel", "Sikrede institutioner 2025");
    }

    /** The same calculation made directly with the model, to compare the pages and files with. */
    private static CalcResult expected() {
        return CalcModels.get(MODEL).run(CalcCsv.read(YOUTH.getBytes(StandardCharsets.UTF_8)),
                Map.of("annual_rate", "1.652.253", "days", "365", "places", "1", "days_column", "døgn"));
    }

    private String page(String path) {
        HttpResponse<byte[]> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Http.text(response);
    }

    @Test
    void theOverviewListsEveryModel() {
        String html = page("/beregninger");
        assertThat(html).contains("<h1>Beregninger</h1>", "Gemte beregninger");
        CalcModels.all().forEach(m -> assertThat(html).contains("href=\"/beregninger/ny/" + m.name() + "\">" + m.name() + "</a>",
                m.description()));
        assertThat(page("/beregninger?punkt=" + ids.item21())).contains("href=\"/beregninger/ny/scale?punkt=" + ids.item21() + "\"");
    }

    @Test
    void theFormHasTheTableAFieldPerParameterAndTheItems() {
        String html = page(FORM + "?punkt=" + ids.item21());
        assertThat(html).contains("<html lang=\"da\">", "enctype=\"multipart/form-data\"", "<input type=\"file\" id=\"fil\" name=\"fil\"",
                "<textarea id=\"csv\" name=\"csv\"", "Regner en årstakst om til en døgntakst");
        assertThat(html).contains("<label for=\"param_annual_rate\"><code>annual_rate</code><span> (skal udfyldes)</span></label>",
                "name=\"param_days\" value=\"365\"", "Antal dage i året, som årstaksten deles med", "Standard: 365.",
                "name=\"param_pool\" value=\"\"");
        assertThat(html).contains("KKR Syddanmark 7. september 2020 – punkt 2.1 Udpegning til sundhedskoordinationsudvalget",
                "<option value=\"" + ids.item21() + "\" selected=\"selected\">",
                "name=\"punktId\" inputmode=\"numeric\" value=\"" + ids.item21() + "\"");
        assertThat(html).doesNotContain("id=\"resultat\"");
    }

    @Test
    void postingTheFileComputesTheTableTheChartAndTheSteps() {
        HttpResponse<byte[]> response = http.multipart(FORM, youthForm().file("unge.csv", YOUTH.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(200);
        String html = Http.text(response);
        // 1.652.253 kr. by 3.000 : 1.500 : 500 → 991.352 / 495.676 / 165.225; København also pays 10 × 4.527
        assertThat(html).containsSubsequence("<th scope=\"col\">Kommune</th>", "<th scope=\"col\" class=\"num\">Objektiv finansiering</th>",
                "<th scope=\"row\">København</th>", "<td class=\"num\">3.000</td>", "<td class=\"num\">60,0000</td>",
                "<td class=\"num\">991.352</td>", "<td class=\"num\">45.270</td>", "<td class=\"num\">1.036.622</td>",
                "<th scope=\"row\">Høje-Taastrup</th>", "<td class=\"num\">495.676</td>",
                "<tfoot>", "<th scope=\"row\">I alt</th>", "<td class=\"num\">5.000</td>", "<td class=\"num\"></td>",
                "<td class=\"num\">1.652.253</td>", "<td class=\"num\">1.711.104</td>");
        assertThat(html).contains("role=\"img\" aria-labelledby=\"diagram-titel\" aria-describedby=\"diagram-beskrivelse\"",
                "<title id=\"diagram-titel\">Søjlediagram: I alt pr. række</title>",
                "Størst: København med 1.036.622; mindst: Tårnby med 178.806.");
        // bars from the zero line at 170; the largest, København's, is the full 360 wide
        assertThat(html).containsPattern("<rect class=\"bar\" height=\"16\"\\s+x=\"170.0\" y=\"8.0\" width=\"360.0\">")
                .containsPattern("<text class=\"value\" x=\"536.0\" y=\"69.0\">178.806</text>");
        assertThat(html).containsSubsequence("<h2 id=\"trin\">Sådan er der regnet</h2>", "<ol class=\"steps\">",
                "<li>Døgntakst: 1.652.253 kr. om året / 365 dage = 4.526,72 kr., afrundet halvt op til hele kroner: 4.527 kr. pr. døgn.</li>",
                "de 2 resterende gives én til hver af: København (kvote 991.351,8000), Høje-Taastrup (kvote 495.675,9000)");
        assertThat(html).contains("<dt><code>municipal_share</code></dt><dd>50</dd>", "formaction=\"/beregninger/ny/" + MODEL + "/gem\"",
                "formaction=\"/beregninger/ny/" + MODEL + "/csv\"", "formaction=\"/beregninger/ny/" + MODEL + "/xlsx\"");
        // the uploaded table is in the text field, so the buttons under the result send it again
        assertThat(html).contains("København;3.000;10");
    }

    @Test
    void pastedTextWorksAsAPlainFormToo() {
        String html = Http.text(http.urlEncoded(FORM, youthForm().with("csv", YOUTH)));
        assertThat(html).contains("<td class=\"num\">991.352</td>", "4.527 kr. pr. døgn");
    }

    @Test
    void anUnknownMunicipalityIsShownAsAnErrorAndTheFormKeepsItsInput() {
        HttpResponse<byte[]> response = http.urlEncoded(FORM, youthForm().with("csv", YOUTH.replace("Tårnby", "Gotham <City>")));
        assertThat(response.statusCode()).isEqualTo(400);
        String html = Http.text(response);
        assertThat(html).contains("role=\"alert\"", "Beregningen kunne ikke laves",
                "Linje 4: &#39;Gotham &lt;City&gt;&#39; er ikke en af de 98 kommuner", "Gotham &lt;City&gt;;500;3",
                "value=\"1.652.253\"").doesNotContain("<City>").doesNotContain("id=\"resultat\"");
        assertThat(Http.text(http.urlEncoded(FORM, youthForm()))).contains("Vælg en CSV-fil, eller indsæt tabellen i tekstfeltet");
        assertThat(Http.text(http.urlEncoded(FORM, youthForm().with("csv", YOUTH).with("punktId", "abc"))))
                .contains("Punktets id skal være et tal, ikke &#39;abc&#39;");
        assertThat(http.get("/beregninger/ny/ukendt").statusCode()).isEqualTo(404);
    }

    @Test
    void theCsvDownloadReadsBackToTheSameNumbers() {
        HttpResponse<byte[]> response = http.multipart(FORM + "/csv", youthForm().file("unge.csv", YOUTH.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "beregning-" + MODEL + ".csv"));
        byte[] bytes = response.body();
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00ef\u00bb\u00bf");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFkommune;unge_15_17;andel_pct;objektiv_finansiering;døgn;takstbetaling;i_alt\r\n")
                .contains("København;3000;60,0000;991352;10;45270;1036622\r\n", "Høje-Taastrup;");

        CalcInput back = CalcCsv.read(bytes);
        CalcResult expected = expected();
        assertThat(back.rows()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> row = expected.rows().get(i);
            assertThat(back.rows().get(i).municipality().name()).isEqualTo(row.get("kommune"));
            for (String column : back.columns()) {
                assertThat(back.rows().get(i).number(column)).as(column).isEqualByComparingTo((BigDecimal) row.get(column));
            }
        }
        expected.total().forEach((column, total) -> assertThat(back.printedTotals().get(column)).as(column).isEqualByComparingTo(total));
    }

    @Test
    void theXlsxDownloadReadsBackToTheSameNumbersParametersAndSteps() throws Exception {
        HttpResponse<byte[]> response = http.urlEncoded(FORM + "/xlsx", youthForm().with("csv", YOUTH));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        CalcResult expected = expected();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheet("Resultat");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("kommune");
            for (int r = 0; r < expected.rows().size(); r++) {
                Row row = sheet.getRow(r + 1);
                Map<String, Object> want = expected.rows().get(r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(want.get("kommune"));
                for (int c = 1; c < header.getLastCellNum(); c++) {
                    String column = header.getCell(c).getStringCellValue();
                    assertThat(BigDecimal.valueOf(row.getCell(c).getNumericCellValue())).as(column)
                            .isEqualByComparingTo((BigDecimal) want.get(column));
                }
            }
            Row totals = sheet.getRow(expected.rows().size() + 1);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("I alt");
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(1_652_253d);
            assertThat(totals.getCell(2)).isNull();
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0000");
            assertThat(book.getFontAt(totals.getCell(3).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(book.getFontAt(sheet.getRow(1).getCell(3).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            Sheet params = book.getSheet("Parametre");
            assertThat(params.getRow(0).getCell(1).getStringCellValue()).isEqualTo(MODEL);
            assertThat(params.getRow(1).getCell(0).getStringCellValue()).isEqualTo("annual_rate");
            assertThat(params.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1.652.253");
            Sheet steps = book.getSheet("Trin");
            assertThat(steps.getLastRowNum() + 1).isEqualTo(expected.steps().size());
            for (int s = 0; s < expected.steps().size(); s++) {
                assertThat(steps.getRow(s).getCell(0).getNumericCellValue()).isEqualTo(s + 1d);
                assertThat(steps.getRow(s).getCell(1).getStringCellValue()).isEqualTo(expected.steps().get(s));
            }
        }
    }

    @Test
    void savedThenShownThenRunAgainGivesTheSameResult() throws Exception {
        byte[] windows1252 = YOUTH.getBytes(Charset.forName("windows-1252"));
        HttpResponse<byte[]> saved = http.multipart(FORM + "/gem", youthForm().file("unge.csv", windows1252));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/beregninger/\\d+");
        String path = location.substring(location.indexOf("/beregninger/"));
        long id = Long.parseLong(path.substring("/beregninger/".length()));

        String html = page(path);
        assertThat(html).contains("<h1>Sikrede institutioner 2025</h1>", "Ikke knyttet til et punkt.",
                "<td class=\"num\">991.352</td>", "<th scope=\"row\">I alt</th>", "Tegnsæt: læst som Windows-1252.",
                "4.527 kr. pr. døgn", "href=\"/beregninger/" + id + "/csv\"", "href=\"/beregninger/" + id + "/xlsx\"",
                "<input type=\"hidden\" name=\"gemt\" value=\"" + id + "\">", "name=\"param_annual_rate\" value=\"1.652.253\"",
                "København;3.000;10", "Kør igen");

        JsonNode json = new ObjectMapper().readTree(page("/api/calculations/" + id));
        assertThat(json.get("title").asText()).isEqualTo("Sikrede institutioner 2025");
        assertThat(json.get("model").asText()).isEqualTo(MODEL);
        assertThat(json.get("params").get("days_column").asText()).isEqualTo("døgn");
        assertThat(json.get("input").asText()).isEqualTo(YOUTH);
        assertThat(json.get("result").get("total").get("i_alt").decimalValue()).isEqualByComparingTo("1711104");
        assertThat(json.get("agendaItemId").isNull()).isTrue();
        assertThat(json.get("createdAt").asText()).isNotBlank();

        // the rerun form as the saved page fills it in
        Http.Form rerun = youthForm().with("csv", YOUTH).with("gemt", String.valueOf(id));
        String again = Http.text(http.multipart(FORM, rerun));
        assertThat(again).contains("Tabellen og totalerne er de samme som i den gemte beregning «Sikrede institutioner 2025».",
                "<td class=\"num\">991.352</td>");
        String edited = Http.text(http.multipart(FORM, rerun.with("param_annual_rate", "1.700.000")));
        assertThat(edited).contains("Tabellen eller totalerne afviger fra den gemte beregning", "4.658 kr. pr. døgn");

        HttpResponse<byte[]> savedCsv = http.get(path + "/csv");
        assertThat(Http.text(savedCsv)).isEqualTo(Http.text(http.urlEncoded(FORM + "/csv", youthForm().with("csv", YOUTH))));
        assertThat(http.get(path + "/xlsx").statusCode()).isEqualTo(200);
        assertThat(page("/beregninger")).contains("href=\"/beregninger/" + id + "\">Sikrede institutioner 2025</a>");
    }

    @Test
    void aCalculationLinkedToAnItemShowsOnTheItemPage() {
        assertThat(page("/punkter/" + ids.item22())).contains("<h2 id=\"beregninger\">Beregninger</h2>",
                "Ingen beregninger er knyttet til punktet.", "href=\"/beregninger?punkt=" + ids.item22() + "\"");

        HttpResponse<byte[]> saved = http.urlEncoded(FORM + "/gem", youthForm().with("csv", YOUTH)
                .with("titel", "Akutfunktioner: fordeling").with("punkt", String.valueOf(ids.item22())));
        assertThat(saved.statusCode()).isEqualTo(302);
        String path = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String id = path.substring(path.lastIndexOf('/') + 1);

        assertThat(page("/punkter/" + ids.item22())).contains("href=\"/beregninger/" + id + "\">Akutfunktioner: fordeling</a>",
                "(" + MODEL + ", gemt ");
        assertThat(page(path)).contains("href=\"/punkter/" + ids.item22() + "\">Punkt 2.2 Status på akutfunktioner</a>",
                "(KKR Syddanmark, 7. september 2020)");

        // moved to another item with the link form, by a typed id
        HttpResponse<byte[]> moved = http.urlEncoded(path + "/punkt", new Http.Form().with("punkt", "").with("punktId",
                String.valueOf(ids.item1())));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(page("/punkter/" + ids.item1())).contains("Akutfunktioner: fordeling");
        assertThat(page("/punkter/" + ids.item22())).doesNotContain("Akutfunktioner: fordeling");

        assertThat(http.urlEncoded(path + "/punkt", new Http.Form().with("punktId", "987654")).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> unknownItem = http.urlEncoded(FORM + "/gem", youthForm().with("csv", YOUTH).with("punktId", "987654"));
        assertThat(unknownItem.statusCode()).isEqualTo(400);
        assertThat(Http.text(unknownItem)).contains("Punktet 987654 findes ikke");
    }

    @Test
    void userTextIsEscapedEverywhere() {
        String costs = """
                kommune;udgift_2023;udgift_2024;årsag;begrundelse
                Gentofte;1.000;1.100;A;<script>alert(2)</script>
                Gladsaxe;1.000;1.000;;
                """;
        HttpResponse<byte[]> saved = http.urlEncoded("/beregninger/ny/rate-check/gem", new Http.Form().with("csv", costs)
                .with("param_index", "3,9").with("titel", ArchiveFixture.RAW_HTML).with("punktId", String.valueOf(ids.item21())));
        assertThat(saved.statusCode()).isEqualTo(302);
        String path = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        String escapedTitle = "&lt;p&gt;hej&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;";
        for (String html : new String[] {page(path), page("/punkter/" + ids.item21()), page("/beregninger")}) {
            assertThat(html).contains(escapedTitle).doesNotContain(ArchiveFixture.RAW_HTML).doesNotContain("<script>");
        }
        assertThat(page(path)).contains("&lt;script&gt;alert(2)&lt;/script&gt;").doesNotContain("alert(2)</script>");
    }

    @Test
    void theJsonApiComputesFromABodyOrAFile() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String base = "kommune;grundbeløb\nKøbenhavn;1.000.000\nFrederiksberg;500.000\nGentofte;500.000\n";
        HttpResponse<byte[]> body = http.post("/api/calc/scale?total=1.000.001", "text/csv; charset=UTF-8",
                base.getBytes(StandardCharsets.UTF_8));
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(body.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode json = mapper.readTree(body.body());
        assertThat(json.fieldNames()).toIterable().containsExactly("model", "params", "rows", "total", "steps");
        assertThat(json.get("rows").get(0).get("kommune").asText()).isEqualTo("København");
        assertThat(json.get("rows").get(0).get("beløb").decimalValue()).isEqualByComparingTo("500001");
        assertThat(json.get("total").get("beløb").decimalValue()).isEqualByComparingTo("1000001");

        String multipart = Http.text(http.multipart("/api/calc/scale", new Http.Form().with("total", "1.000.001")
                .filePart("file").file("grund.csv", base.getBytes(StandardCharsets.UTF_8))));
        assertThat(mapper.readTree(multipart)).isEqualTo(json);

        HttpResponse<byte[]> bad = http.post("/api/calc/scale?total=5", "text/csv", "kommune;x\nGotham;1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(bad.body()).get("error").asText()).isEqualTo("Linje 2: 'Gotham' er ikke en af de 98 kommuner");
        HttpResponse<byte[]> unknown = http.post("/api/calc/ukendt", "text/csv", base.getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(mapper.readTree(unknown.body()).get("error").asText()).contains("ukendt");
        HttpResponse<byte[]> missing = http.get("/api/calculations/987654");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(mapper.readTree(missing.body()).get("error").asText()).isEqualTo("Beregningen 987654 findes ikke");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'x');
        HttpResponse<byte[]> declared = http.post("/api/calc/scale?total=5", "text/csv", large);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(Http.text(declared)).contains("for stor");

        // without a Content-Length (chunked) the body stops being read at the limit
        var chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/api/calc/scale?total=5")))
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large)))
                .build();
        int status;
        try {
            status = java.net.http.HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException closedEarly) {
            status = 413;
        }
        assertThat(status).isBetween(400, 499);
        assertThat(http.get("/beregninger").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostedWithoutTheSessionsTokenIsRefusedAndSavesNothing() {
        HttpResponse<byte[]> forged = http.urlEncoded(FORM + "/gem", youthForm().with("csv", YOUTH), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Location")).isEmpty();
        HttpResponse<byte[]> guessed = new Http(server, FORM).urlEncoded(FORM + "/gem",
                youthForm().with("csv", YOUTH).with("_csrf", "gaettet"), false);
        assertThat(guessed.statusCode()).isEqualTo(403);
        HttpResponse<byte[]> relink = http.urlEncoded("/beregninger/1/punkt", new Http.Form().with("punkt", ""), false);
        assertThat(relink.statusCode()).isEqualTo(403);
        assertThat(http.urlEncoded(FORM + "/gem", youthForm().with("csv", YOUTH)).statusCode()).isEqualTo(302);
    }
}
