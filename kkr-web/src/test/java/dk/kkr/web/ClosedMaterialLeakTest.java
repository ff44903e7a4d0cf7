package dk.kkr.web;

import dk.kkr.core.samples.Samples;
import dk.kkr.service.access.Passwords;
import dk.kkr.service.importing.ImportSummary;
import dk.kkr.service.importing.Importer;
import dk.kkr.store.Closure;
import dk.kkr.store.Database;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closed material never leaks. The archive holds the bundled samples (open) and an agenda of KKR Hovedstaden
 * imported as closed, whose text carries canary words found nowhere else. The public crawl follows every link
 * from the front page, the municipality pages, OParl's entry, the JSON API, the API description, the feeds and the
 * calendars, and searches for each canary on every search interface (the page, the API, the search feed, and a
 * misspelling for the "Mente du …?" suggestion): no answer may carry a canary, and no address of the closed
 * document or its items may answer. The secretariat closes an item of an open agenda and an annex (a memo of an open
 * bundle) of an open item through their pages, and their canaries are held to the same. A member of KKR Hovedstaden,
 * logged in, finds the canaries by the same crawl;
 * a member of another KKR does not. Runs over H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClosedMaterialLeakTest {

    /** Words of the closed agenda that no other document has. */
    private static final List<String> FILE_CANARIES = List.of("Pelikanudbuddet", "Zirkonfonden", "Vandrebjergværket");
    /** Words of the closed item of an open agenda that no other document has. */
    private static final List<String> ITEM_CANARIES = List.of("Flamingoaftalen", "Kobolthuset", "Safirkvarteret");
    /** Words of the closed annex of an open item (a memo of an open annex bundle) that no other document has. */
    private static final List<String> ANNEX_CANARIES = List.of("Ravnetrafikken", "Kvartsruten", "Glimmerbroen");
    /** Words of an agenda KKR Hovedstaden's secretariat is writing on the platform (a draft): no other text has them. */
    private static final List<String> DRAFT_CANARIES = List.of("Oksehovedsagen", "Rubinparken");
    /** Words of an agenda released to KKR Hovedstaden's members but not yet published: no other text has them. */
    private static final List<String> RELEASED_CANARIES = List.of("Topasbroen", "Granatstien");
    /** A word of a member's private note on an open item: nobody but its author reads it. */
    private static final List<String> NOTE_CANARIES = List.of("Obsidiannoten");
    /**
     * A decision recorded on the released agenda whose minutes are not released (read by the secretariat only), and
     * the decision on a closed item of published minutes (read by the members only).
     */
    private static final List<String> DECISION_CANARIES = List.of("Perlemorsbeslutningen", "Onyxforliget");
    /** A reviewer's comment on the draft: read by the reviewers and the secretariat only. */
    private static final List<String> COMMENT_CANARIES = List.of("Malakitkommentaren");
    private static final List<String> CANARIES = java.util.stream.Stream.of(FILE_CANARIES, ITEM_CANARIES,
            ANNEX_CANARIES, DRAFT_CANARIES, RELEASED_CANARIES, NOTE_CANARIES, DECISION_CANARIES, COMMENT_CANARIES)
            .flatMap(List::stream).toList();
    private static final String ANNEX_PUBLIC_TITLE = "Notat om kommunernes udbud af buslinjer";
    private static final String ITEM_PUBLIC_TITLE = "Køb af grund til boliger i Gribskov";
    private static final String ITEM_LEGAL_BASIS = "offentlighedslovens § 30, nr. 2 (forretningsforhold)";
    private static final String PUBLIC_TITLE = "Udbud af rengøring på rådhusene";
    private static final String PASSWORD = "korrekt hest batteri";
    private static final Pattern LINK = Pattern.compile("(?:href=\"|\"|<link>|<id>|URL:)(?:https?://localhost:\\d+)?"
            + "(/(?:moeder|punkter|dokumenter|kommuner|beregninger|feeds|kalender|api|oparl)[^\"<>\\s#]*)");
    private static final String CLOSED_AGENDA = """
            KKR Hovedstaden
            Dagsorden
            Dato: 2. juni 2025 Tid: 09:00 Sted: Rådhuset, Hillerød

            1. Pelikanudbuddet for rengøring
            SAG-2025-07731 kaho
            Baggrund
            Zirkonfonden har budt 4,2 mio. kr. på rengøringen af rådhusene i Halsnæs Kommune og Furesø Kommune.
            Indstilling
            Det indstilles, at KKR Hovedstaden drøfter buddet fra Vandrebjergværket senest 15. juni 2025.
            """;
    /** An open agenda whose item 2 the secretariat closes through its page. */
    private static final String AGENDA_WITH_CLOSED_ITEM = """
            KKR Hovedstaden
            Dagsorden
            Dato: 9. juni 2025 Tid: 10:00 Sted: Rådhuset, Frederiksberg

            1. Godkendelse af dagsorden
            SAG-2025-07801 kaho
            Indstilling
            Det indstilles, at dagsordenen godkendes.

            2. Flamingoaftalen om jordkøb
            SAG-2025-07802 kaho
            Baggrund
            Kobolthuset sælger grunden ved Safirkvarteret til Gribskov Kommune for 12,5 mio. kr.
            Indstilling
            Det indstilles, at KKR Hovedstaden tager forhandlingen med Kobolthuset til efterretning senest 20. juni 2025.

            3. Eventuelt
            SAG-2025-07803 kaho
            Baggrund
            Intet at bemærke.
            """;

    /** An open annex bundle whose item 3.2's one annex, a memo, the secretariat closes through the item's page. */
    private static final String BUNDLE_WITH_CLOSED_ANNEX = """
            Indholdsfortegnelse - Bilag

            | | |
            |---|-----------|
            | Indholdsfortegnelse - Bilag | 1 |
            | 3.1 Status på praktikpladser | 2 |
            | Bilag 1: Notat om praktikpladser i hovedstadsområdet | 2 |
            | 3.2 Forhandling om busdrift | 4 |
            | Bilag 1: Notat om Ravnetrafikkens forhandlingsoplæg | 4 |

            3.1

            Status på praktikpladser

            NOTAT

            Praktikpladser i hovedstadsområdet

            Baggrund

            Kommunerne i hovedstadsområdet har i 2025 stillet flere praktikpladser til rådighed end året før.

            Dato: 20. maj 2025

            Sags ID: SAG-2025-07810
            Dok. ID: 4420001

            KKR Hovedstaden
            Weidekampsgade 10
            2300 København S

            3.2

            Forhandling om busdrift

            NOTAT

            Ravnetrafikkens forhandlingsoplæg

            Baggrund

            Ravnetrafikken har tilbudt at køre linjerne i Egedal Kommune for 31,4 mio. kr. om året. Kommunerne
            forhandler samlet og holder oplægget fortroligt, til aftalen om Kvartsruten er indgået.

            Oplæg

            Sekretariatet foreslår et bud på 28,9 mio. kr.; Glimmerbroen lukkes i 2026, og omkørslen skal indregnes.

            Dato: 22. maj 2025

            Sags ID: SAG-2025-07811
            Dok. ID: 4420002

            KKR Hovedstaden
            Weidekampsgade 10
            2300 København S
            """;

    private ServedArchive archive;
    private String site;
    private long closedDocument;
    private List<Long> closedItems;
    private long openAgenda;
    private long closedItem;
    /** The second extraction of the agenda: not shown, but its text is readable at its address. */
    private long twinAgenda;
    /** The annex bundle, its item whose annex is closed, and the memo that annex is. */
    private long bundle;
    private long annexItem;
    private long closedMemo;

    /** This test's archive database, in {@code dataDir} or elsewhere. */
    abstract Database openDatabase(Path dataDir);

    @BeforeAll
    void importOpenAndClosedAndServe(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("ind"));
        List<Path> samples = new ArrayList<>();
        for (String name : Samples.names()) {
            samples.add(Files.write(in.resolve(name), Samples.bytes(name)));
        }
        Path closed = Files.writeString(Files.createDirectories(dir.resolve("lukket")).resolve("dagsorden.txt"),
                CLOSED_AGENDA);
        samples.add(Files.writeString(in.resolve("dagsorden-9-juni.txt"), AGENDA_WITH_CLOSED_ITEM));
        // a second extraction of the same agenda (as if read from its PDF): not shown, but readable at its address
        samples.add(Files.writeString(in.resolve("dagsorden-9-juni-pdf.txt"), AGENDA_WITH_CLOSED_ITEM + "Side 1 af 1\n"));
        samples.add(Files.writeString(in.resolve("bilag-9-juni.txt"), BUNDLE_WITH_CLOSED_ANNEX));
        archive = new ServedArchive(openDatabase(dir.resolve("data")), dir.resolve("data"));
        Importer importer = archive.importer();
        assertThat(importer.importPaths(samples, Importer.Listener.SILENT).failed()).isZero();
        ImportSummary summary = importer.importPaths(List.of(closed),
                Closure.closed(PUBLIC_TITLE, "forvaltningslovens § 27", "sekretariat"), Importer.Listener.SILENT);
        assertThat(summary.added()).isEqualTo(1);

        JdbcClient sql = JdbcClient.create(archive.dataSource());
        closedDocument = sql.sql("SELECT id FROM document WHERE closed").query(Long.class).single();
        closedItems = sql.sql("SELECT id FROM agenda_item WHERE document_id = :d").param("d", closedDocument)
                .query(Long.class).list();
        assertThat(closedItems).as("the closed agenda holds items").isNotEmpty();
        AccountStore accounts = new AccountStore(archive.dataSource());
        accounts.add("anne", Role.MEMBER, List.of("hovedstaden"), null, Passwords.hash(PASSWORD));
        accounts.add("bo", Role.MEMBER, List.of("syddanmark"), null, Passwords.hash(PASSWORD));
        accounts.add("admin", Role.ADMINISTRATOR, List.of(), null, Passwords.hash(PASSWORD));
        accounts.add("sara", Role.SECRETARIAT, List.of("hovedstaden"), null, Passwords.hash(PASSWORD));
        accounts.add("carl", Role.MEMBER, List.of("hovedstaden"), null, Passwords.hash(PASSWORD));
        closedItem = sql.sql("""
                        SELECT i.id FROM agenda_item i JOIN document d ON d.id = i.document_id
                        WHERE i.title = 'Flamingoaftalen om jordkøb' AND d.duplicate_of IS NULL""")
                .query(Long.class).single();
        twinAgenda = sql.sql("""
                        SELECT i.document_id FROM agenda_item i JOIN document d ON d.id = i.document_id
                        WHERE i.title = 'Flamingoaftalen om jordkøb' AND d.duplicate_of IS NOT NULL""")
                .query(Long.class).single();
        openAgenda = sql.sql("SELECT document_id FROM agenda_item WHERE id = :id").param("id", closedItem)
                .query(Long.class).single();
        closedMemo = sql.sql("SELECT id FROM document WHERE title = 'Ravnetrafikkens forhandlingsoplæg'")
                .query(Long.class).single();
        bundle = sql.sql("SELECT parent_id FROM document WHERE id = :id").param("id", closedMemo)
                .query(Long.class).single();
        annexItem = sql.sql("SELECT item_id FROM annex WHERE document_id = :id").param("id", closedMemo)
                .query(Long.class).single();

        archive.serve();
        site = archive.site();
        closeTheItemAsTheSecretariat();
        closeTheAnnexAsTheSecretariat();
        writeAgendasAsTheSecretariat();
        // a member's private note on an open item
        Browser anne = loggedIn("anne");
        long openItem = sql.sql("SELECT id FROM agenda_item WHERE document_id = :d AND number = '3'")
                .param("d", openAgenda).query(Long.class).single();
        anne.postFields("/punkter/" + openItem + "/note", "note", "Husk " + NOTE_CANARIES.getFirst(),
                "_csrf", Forms.csrf(anne.get("/punkter/" + openItem).body()));
        assertThat(anne.get("/punkter/" + openItem).body()).contains(NOTE_CANARIES.getFirst());
    }

    /**
     * The secretariat of KKR Hovedstaden writes two agendas on the platform: one it keeps as a draft, one it releases
     * to the members without publishing it.
     */
    private void writeAgendasAsTheSecretariat() {
        Browser sara = loggedIn("sara");
        for (String date : List.of("2025-09-01", "2025-10-06")) {
            boolean draft = date.equals("2025-09-01");
            List<String> canaries = draft ? DRAFT_CANARIES : RELEASED_CANARIES;
            String page = sara.get("/moeder/nyt").body();
            HttpResponse<String> created = sara.postFields("/moeder/nyt", "kkr", "hovedstaden", "dato", date,
                    "_csrf", Forms.csrf(page));
            String desk = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
            String meeting = desk.replaceAll("\\D+", " ").strip();
            sara.postFields("/moeder/" + meeting + "/punkter", "gruppe", "3", "titel", "Sagen om " + canaries.get(0),
                    "Baggrund", "Forhandlingen om " + canaries.get(1) + " i Gribskov Kommune fortsætter.",
                    "_csrf", Forms.csrf(page));
            if (draft) {
                // sent for review to carl, who reads the draft and comments on its item
                sara.postFields("/moeder/" + meeting + "/gennemlaesning", "laesere", "carl", "besked", "",
                        "_csrf", Forms.csrf(page));
                Browser carl = loggedIn("carl");
                String item = itemOn(sara.get(desk).body(), "Sagen om ");
                carl.postFields("/punkter/" + item + "/kommentar", "kommentar", "Se " + COMMENT_CANARIES.getFirst(),
                        "_csrf", Forms.csrf(carl.get("/punkter/" + item).body()));
                assertThat(sara.get(desk).body()).contains(COMMENT_CANARIES.getFirst());
            } else {
                sara.postFields("/moeder/" + meeting + "/udsend", "_csrf", Forms.csrf(page));
                decide(sara, meeting, itemOn(sara.get(desk).body(), "Sagen om "), DECISION_CANARIES.get(0));
                // a change after the decision writes the agenda anew: still without it
                sara.postFields("/moeder/" + meeting + "/punkter", "gruppe", "3", "titel", "Endnu en sag",
                        "_csrf", Forms.csrf(page));
            }
            assertThat(sara.get(desk).body()).contains("Sagen om " + canaries.get(0));
        }
        // a meeting held and published, with its minutes released: the decision on its closed item is the members'
        String page = sara.get("/moeder/nyt").body();
        String desk = sara.postFields("/moeder/nyt", "kkr", "hovedstaden", "dato", "2025-11-03", "_csrf",
                Forms.csrf(page)).headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String meeting = desk.replaceAll("\\D+", " ").strip();
        sara.postFields("/moeder/" + meeting + "/punkter", "gruppe", "3", "titel", "Køb af grund",
                "_csrf", Forms.csrf(page));
        String closed = itemOn(sara.get(desk).body(), "Køb af grund");
        String itemPage = sara.get("/punkter/" + closed).body();
        sara.postFields("/punkter/" + closed + "/luk", "offentligTitel", "Køb af en grund", "hjemmel", ITEM_LEGAL_BASIS,
                "nyHjemmel", "", "_csrf", Forms.csrf(itemPage));
        sara.postFields("/moeder/" + meeting + "/udsend", "_csrf", Forms.csrf(page));
        decide(sara, meeting, closed, DECISION_CANARIES.get(1));
        sara.postFields("/moeder/" + meeting + "/referat/udsend", "_csrf", Forms.csrf(page));
        sara.postFields("/moeder/" + meeting + "/offentliggoer", "_csrf", Forms.csrf(page));
        assertThat(sara.get("/punkter/" + closed).body()).contains("Beslutning", DECISION_CANARIES.get(1));
    }

    /** The id of the item titled from {@code title} on a desk page. */
    private static String itemOn(String desk, String title) {
        Matcher item = Pattern.compile("/punkter/(\\d+)\">" + title).matcher(desk);
        assertThat(item.find()).as(title).isTrue();
        return item.group(1);
    }

    /** Records the decision {@code text} on item {@code item} of the meeting, as the secretariat does on its desk. */
    private static void decide(Browser secretariat, String meeting, String item, String text) {
        String desk = secretariat.get("/moeder/" + meeting + "/beslutninger").body();
        secretariat.postFields("/moeder/" + meeting + "/beslutninger", "beslutning-" + item, "Vedtaget: " + text,
                "_csrf", Forms.csrf(desk));
        assertThat(secretariat.get("/moeder/" + meeting + "/beslutninger").body()).contains(text);
    }

    /** The secretariat of KKR Hovedstaden closes the annex of the bundle's item 3.2 on the item's page. */
    private void closeTheAnnexAsTheSecretariat() {
        Browser sara = loggedIn("sara");
        String page = sara.get("/punkter/" + annexItem).body();
        assertThat(page).contains("Luk bilaget").doesNotContain("Luk punktet");
        Matcher form = Pattern.compile("action=\"(/punkter/" + annexItem + "/bilag/\\d+/luk)\"").matcher(page);
        assertThat(form.find()).as("the annex's closing form").isTrue();
        sara.postFields(form.group(1), "offentligTitel", ANNEX_PUBLIC_TITLE, "hjemmel", ITEM_LEGAL_BASIS, "nyHjemmel", "",
                "_csrf", Forms.csrf(page));
        assertThat(sara.get("/punkter/" + annexItem).body()).contains("Bilaget er lukket.")
                .doesNotContain("Luk bilaget");
    }

    /**
     * The secretariat of KKR Hovedstaden closes item 2 of the open agenda on its page; the item of the same number
     * in the other extraction of the agenda closes with it.
     */
    private void closeTheItemAsTheSecretariat() {
        Browser sara = loggedIn("sara");
        String page = sara.get("/punkter/" + closedItem).body();
        assertThat(page).contains("Luk punktet", ITEM_LEGAL_BASIS);
        HttpResponse<String> closing = sara.postFields("/punkter/" + closedItem + "/luk", "offentligTitel",
                ITEM_PUBLIC_TITLE, "hjemmel", ITEM_LEGAL_BASIS, "nyHjemmel", "", "_csrf", Forms.csrf(page));
        assertThat(closing.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/punkter/" + closedItem));
        assertThat(sara.get("/punkter/" + closedItem).body()).contains("Punktet er lukket.")
                .doesNotContain("Luk punktet");
    }

    @AfterAll
    void stop() {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void thePublicCrawlAndEverySearchFindNoCanary() throws Exception {
        Browser anyone = Browser.anonymous(site);
        List<String> leaks = new ArrayList<>(crawl(anyone));
        for (String canary : CANARIES) {
            // a search echoes its words; what it must not do is find anything, or suggest the canary
            String q = URLEncoder.encode(canary, StandardCharsets.UTF_8);
            if (!anyone.get("/soeg?q=" + q).body().contains("Ingen resultater.")) {
                leaks.add("/soeg?q=" + canary + " finds something");
            }
            if (!anyone.get("/api/search?q=" + q).body().contains("\"total\":0,")) {
                leaks.add("/api/search?q=" + canary + " finds something");
            }
            if (anyone.get("/feeds/soeg.atom?q=" + q).body().contains("<entry>")) {
                leaks.add("/feeds/soeg.atom?q=" + canary + " has an entry");
            }
            String misspelt = canary.substring(0, 3) + canary.substring(4);
            for (String path : List.of("/soeg?q=", "/api/search?q=", "/feeds/soeg.atom?q=")) {
                String body = anyone.get(path + URLEncoder.encode(misspelt, StandardCharsets.UTF_8)).body();
                canaries(body).forEach(found -> leaks.add(path + misspelt + " says " + found));
            }
        }
        assertThat(leaks).as("closed material shown to the public").isEmpty();
    }

    @Test
    void theClosedDocumentAndItsItemsAreNotFoundByTheirAddress() throws Exception {
        Browser anyone = Browser.anonymous(site);
        List<String> paths = new ArrayList<>(List.of("/dokumenter/" + closedDocument, "/api/documents/" + closedDocument,
                "/oparl/v1.1/files/" + closedDocument));
        closedItems.forEach(item -> paths.addAll(List.of("/punkter/" + item, "/api/items/" + item,
                "/oparl/v1.1/agendaitems/" + item, "/oparl/v1.1/consultations/" + item)));
        answerWithoutCanaries(anyone, 404, paths);
    }

    @Test
    void aMemberOfTheKkrFindsTheClosedMaterialAndAMemberOfAnotherDoesNot() throws Exception {
        Browser anne = loggedIn("anne");
        assertThat(crawl(anne)).as("canaries a member of KKR Hovedstaden finds by crawling").isNotEmpty();
        HttpResponse<String> document = anne.get("/dokumenter/" + closedDocument);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains(FILE_CANARIES.toArray(String[]::new))
                .as("the member is told it is closed, and what the public sees").contains("Lukket materiale", PUBLIC_TITLE);

        Browser bo = loggedIn("bo");
        assertThat(bo.get("/dokumenter/" + closedDocument).statusCode()).isEqualTo(404);
        assertThat(crawl(bo)).as("canaries a member of KKR Syddanmark finds").isEmpty();

        List<String> found = crawl(anne);
        assertThat(found).as("a member reads an agenda released to the members")
                .anyMatch(line -> line.endsWith(RELEASED_CANARIES.getFirst()));
        assertThat(found).as("but not one the secretariat is still writing")
                .noneMatch(line -> DRAFT_CANARIES.stream().anyMatch(line::endsWith));
        assertThat(found).as("nor the comments of its review")
                .noneMatch(line -> COMMENT_CANARIES.stream().anyMatch(line::endsWith));
        assertThat(found).as("nor a decision before the minutes are released")
                .noneMatch(line -> line.endsWith(DECISION_CANARIES.get(0)))
                .as("and the decision on a closed item of released minutes").anyMatch(line -> line.endsWith(
                        DECISION_CANARIES.get(1)));
        assertThat(crawl(loggedIn("sara"))).as("another account does not read a member's private note")
                .noneMatch(line -> NOTE_CANARIES.stream().anyMatch(line::endsWith));
    }

    @Test
    void anAdministratorReadsWhoImportedAndWhoOpenedTheClosedMaterialAndNoOneElseDoes() throws Exception {
        Browser anne = loggedIn("anne");
        assertThat(anne.get("/punkter/" + closedItems.getFirst()).statusCode()).isEqualTo(200);
        assertThat(loggedIn("bo").get("/punkter/" + closedItems.getFirst()).statusCode()).isEqualTo(404);

        HttpResponse<String> log = loggedIn("admin").get("/administration/adgangslog");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("Importerede som lukket", "sekretariat", "Åbnede", "anne", PUBLIC_TITLE,
                "Lukkede punktet", "sara", ITEM_PUBLIC_TITLE,
                "/punkter/" + closedItems.getFirst()).doesNotContain(">bo<");

        HttpResponse<String> member = anne.get("/administration/adgangslog", "Accept", "text/html");
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(member.body()).contains("Ingen adgang").doesNotContain("Importerede som lukket");
        HttpResponse<String> anyone = Browser.anonymous(site).get("/administration/adgangslog");
        assertThat(anyone.statusCode()).as("the public is asked to log in").isEqualTo(302);
        assertThat(anyone.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/log-ind"));
    }

    @Test
    void aClosedItemOfAnOpenAgendaIsItsStubToThePublicInEveryChannel() throws Exception {
        Browser anyone = Browser.anonymous(site);
        assertThat(answerWithoutCanaries(anyone, 200, List.of("/punkter/" + closedItem, "/api/items/" + closedItem,
                "/oparl/v1.1/agendaitems/" + closedItem))).allSatisfy(stub -> assertThat(stub).contains(ITEM_PUBLIC_TITLE));
        assertThat(anyone.get("/punkter/" + closedItem).body()).contains("Lukket punkt.", ITEM_LEGAL_BASIS,
                "Beslutningen er endnu ikke offentliggjort.").doesNotContain("SAG-2025-07802", "Luk punktet");
        Browser sara = loggedIn("sara");
        String page = sara.get("/punkter/" + closedItem).body();
        assertThat(page).contains("Offentliggør beslutningen");
        sara.postFields("/punkter/" + closedItem + "/beslutning", "ordlyd", "KKR Hovedstaden godkendte købet af grunden.",
                "grund", "", "_csrf", Forms.csrf(page));
        assertThat(anyone.get("/punkter/" + closedItem).body())
                .contains("Beslutning: KKR Hovedstaden godkendte købet af grunden.");
        assertThat(anyone.get("/oparl/v1.1/agendaitems/" + closedItem).body()).contains("\"public\":false",
                "\"resolutionText\":\"KKR Hovedstaden godkendte købet af grunden.\"");
        for (long extraction : List.of(openAgenda, twinAgenda)) {
            String agenda = anyone.get("/dokumenter/" + extraction).body();
            assertThat(agenda).contains("[Lukket punkt]", "Godkendelse af dagsorden", "Intet at bemærke");
            assertThat(canaries(agenda)).as("/dokumenter/" + extraction).isEmpty();
        }

        Browser anne = loggedIn("anne");
        assertThat(anne.get("/punkter/" + closedItem).body()).contains(ITEM_CANARIES.toArray(String[]::new))
                .contains(ITEM_PUBLIC_TITLE).doesNotContain("Luk punktet");
        assertThat(anne.get("/dokumenter/" + openAgenda).body()).contains(ITEM_CANARIES.toArray(String[]::new))
                .doesNotContain("[Lukket punkt]");
        Browser bo = loggedIn("bo");
        assertThat(canaries(bo.get("/punkter/" + closedItem).body())).isEmpty();
    }

    @Test
    void aClosedAnnexIsItsPublicTitleToThePublicInEveryChannelAndAllOfItToAMember() throws Exception {
        Browser anyone = Browser.anonymous(site);
        answerWithoutCanaries(anyone, 404, List.of("/dokumenter/" + closedMemo, "/api/documents/" + closedMemo,
                "/oparl/v1.1/files/" + closedMemo));
        assertThat(answerWithoutCanaries(anyone, 200, List.of("/punkter/" + annexItem, "/api/items/" + annexItem,
                "/oparl/v1.1/agendaitems/" + annexItem, "/dokumenter/" + bundle, "/api/documents/" + bundle,
                "/oparl/v1.1/files/" + bundle)))
                .allSatisfy(body -> assertThat(body).contains("Forhandling om busdrift"));
        assertThat(anyone.get("/punkter/" + annexItem).body()).contains("Lukket bilag: " + ANNEX_PUBLIC_TITLE,
                ITEM_LEGAL_BASIS);
        assertThat(anyone.get("/dokumenter/" + bundle).body()).contains("[Lukket bilag]",
                "Praktikpladser i hovedstadsområdet");

        Browser anne = loggedIn("anne");
        assertThat(anne.get("/punkter/" + annexItem).body()).contains("Notat om Ravnetrafikkens forhandlingsoplæg",
                "lukket bilag; offentligheden ser kun »" + ANNEX_PUBLIC_TITLE);
        assertThat(anne.get("/dokumenter/" + closedMemo).body()).contains(ANNEX_CANARIES.toArray(String[]::new));
        assertThat(anne.get("/dokumenter/" + bundle).body()).contains(ANNEX_CANARIES.toArray(String[]::new))
                .doesNotContain("[Lukket bilag]");
        assertThat(canaries(loggedIn("bo").get("/dokumenter/" + bundle).body())).isEmpty();
    }

    @Test
    void aMemberTheSecretariatLeavesOutOfTheClosedItemFindsNothingOfItAnywhere() throws Exception {
        Browser sara = loggedIn("sara");
        String page = sara.get("/punkter/" + closedItem).body();
        assertThat(page).contains("Inhabile medlemmer", "<option value=\"carl\">carl</option>");
        sara.postFields("/punkter/" + closedItem + "/inhabil", "medlem", "carl", "inhabil", "ja", "_csrf", Forms.csrf(page));
        assertThat(sara.get("/punkter/" + closedItem).body()).contains("carl er nu inhabil i punktet.");
        assertThat(loggedIn("admin").get("/administration/adgangslog").body())
                .contains("Erklærede inhabil: carl", "sara", ITEM_PUBLIC_TITLE);

        Browser carl = loggedIn("carl");
        assertThat(carl.get("/punkter/" + closedItem).body()).contains(ITEM_PUBLIC_TITLE,
                "Du er erklæret inhabil i dette punkt");
        List<String> found = crawl(carl);
        assertThat(found).as("the closed file is still carl's to read").isNotEmpty();
        assertThat(found).as("carl reviews the draft: he reads it and the comments")
                .anyMatch(line -> line.endsWith(DRAFT_CANARIES.getFirst()))
                .anyMatch(line -> line.endsWith(COMMENT_CANARIES.getFirst()));
        assertThat(found).as("what carl finds of the item he is left out of")
                .noneMatch(line -> ITEM_CANARIES.stream().anyMatch(line::endsWith));
        assertThat(canaries(carl.get("/dokumenter/" + openAgenda).body())).isEmpty();
        Browser anne = loggedIn("anne");
        assertThat(anne.get("/punkter/" + closedItem).body()).contains(ITEM_CANARIES.toArray(String[]::new));
    }

    @Test
    void onlyTheSecretariatOfTheItemsKkrOrAnAdministratorMayCloseIt() throws Exception {
        long openItem = JdbcClient.create(archive.dataSource())
                .sql("SELECT id FROM agenda_item WHERE document_id = :d AND number = '3'").param("d", openAgenda)
                .query(Long.class).single();
        Browser bo = loggedIn("bo");
        String page = bo.get("/punkter/" + openItem).body();
        assertThat(page).doesNotContain("Luk punktet");
        bo.postFields("/punkter/" + openItem + "/luk", "offentligTitel", "Noget", "hjemmel", ITEM_LEGAL_BASIS,
                "_csrf", Forms.csrf(page));
        assertThat(bo.get("/punkter/" + openItem).body()).contains("bo må ikke lukke punkter i denne KKR");
        HttpResponse<String> anyone = Browser.anonymous(site).postFields("/punkter/" + openItem + "/luk",
                "offentligTitel", "Noget", "hjemmel", ITEM_LEGAL_BASIS);
        assertThat(anyone.statusCode()).as("no CSRF token, no login").isEqualTo(403);
        assertThat(Browser.anonymous(site).get("/punkter/" + openItem).body()).contains("Intet at bemærke");
    }

    /** Walks the site as {@code client} from every entry; what each answer says of the canaries. */
    private List<String> crawl(Browser client) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        List<String> entries = new ArrayList<>(List.of("/", "/kommuner", "/oparl/v1.1/", "/api/bodies",
                "/api/meetings", "/api/documents", "/api/municipalities", "/v3/api-docs", "/beregninger"));
        for (String slug : List.of("hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland")) {
            entries.addAll(List.of("/?kkr=" + slug, "/feeds/" + slug + ".atom", "/kalender/" + slug + ".ics"));
        }
        for (int code : List.of(260, 190)) {
            entries.addAll(List.of("/kommuner/" + code, "/feeds/kommuner/" + code + ".atom",
                    "/kalender/kommuner/" + code + ".ics", "/api/municipalities/" + code));
        }
        entries.forEach(entry -> {
            seen.add(entry);
            queue.add(entry);
        });
        int fetched = 0;
        while (!queue.isEmpty() && fetched < 1500) {
            String path = queue.poll();
            fetched++;
            if (path.endsWith(".pdf")) {
                canaries(client.pdfText(path)).forEach(canary -> found.add(path + " says " + canary));
                continue;
            }
            HttpResponse<String> response = client.get(path);
            canaries(response.body()).forEach(canary -> found.add(path + " says " + canary));
            Matcher links = LINK.matcher(response.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!link.contains("{") && !link.startsWith("/beregninger/ny") && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        assertThat(fetched).as("pages crawled").isGreaterThan(50);
        return found;
    }

    /** Asserts that each of {@code paths} answers {@code client} with {@code status} and no canary; the bodies. */
    private List<String> answerWithoutCanaries(Browser client, int status, List<String> paths)
            {
        List<String> bodies = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(status);
            assertThat(canaries(response.body())).as(path).isEmpty();
            bodies.add(response.body());
        }
        return bodies;
    }

    private static List<String> canaries(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return CANARIES.stream().filter(canary -> lower.contains(canary.toLowerCase(Locale.ROOT))).toList();
    }

    private Browser loggedIn(String name) {
        return Browser.loggedIn(site, name, PASSWORD);
    }
}
