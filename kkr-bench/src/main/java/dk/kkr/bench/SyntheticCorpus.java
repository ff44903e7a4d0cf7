package dk.kkr.bench;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.Span;
import dk.kkr.core.danish.KkrBody;
import dk.kkr.core.danish.Municipality;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.search.ItemDoc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Realistic synthetic KKR agenda items for benchmarks: the five KKRs, meetings 2010–2025, numbered items
 * on the councils' recurring subjects, with Baggrund, Indstilling and Sagsfremstilling sections that name
 * municipalities, case ids, amounts and dates, about 250 words an item. One item in twenty is a memo
 * (NOTE) instead. Each item names the municipalities its text mentions, as the store's entity mentions
 * would. The same seed gives the same corpus. Fictional text, written for this project.
 */
public final class SyntheticCorpus {

    private static final String[] SUBJECTS = {
            "Fordelingsnøgle for praktikpladser på social- og sundhedsuddannelserne",
            "Rammeaftale for det specialiserede socialområde og specialundervisning",
            "Klimahandleplaner og fælles indsats for klimatilpasning",
            "Resultatkontrakt med erhvervshuset", "Udpegning af medlem til praksisplanudvalget",
            "Takstanalyse for det specialiserede socialområde", "Sundhedsaftale og sundhedsklynger",
            "Infrastruktur og mobilitet i regionen", "Rekruttering af pædagoger og sosu-assistenter",
            "Høringssvar til trafikplan", "Regional udviklingsstrategi", "Beskæftigelsesindsatsen og a-kasserne",
            "Centrale udmeldinger fra Socialstyrelsen", "Økonomiaftale og anlægsloft",
            "Kollektiv trafik og busbetjening", "Digitalisering af borgerservice", "Affaldsplan og genanvendelse",
            "Psykiatriplan og udsatte borgere", "Kulturaftale og europæisk kulturregion",
            "Godkendelse af dagsorden", "Orientering fra formandskabet", "Eventuelt"};

    private static final String[] OPENINGS = {
            "Kommunerne i regionen har drøftet", "KKR besluttede på sidste møde at se nærmere på",
            "Der er behov for en fælles kommunal holdning til", "Regionen har sendt et udkast om",
            "Styregruppen har udarbejdet et oplæg om", "Kommunaldirektørkredsen anbefaler en model for",
            "KL har i samarbejde med kommunerne analyseret"};

    private static final String[] MIDDLES = {
            "den nuværende fordeling mellem kommunerne", "dimensioneringen af uddannelsespladser",
            "udgifterne til de specialiserede tilbud", "kapaciteten på botilbud og forsorgshjem",
            "samarbejdet med erhvervshusene", "den grønne omstilling i kommunerne", "borgernes adgang til sundhedstilbud",
            "fordelingsnøglen for de kommende år", "takststigningerne i de regionale tilbud",
            "busbetjeningen i landdistrikterne", "rekrutteringen af medarbejdere til ældreplejen"};

    private static final String[] CLOSINGS = {
            "Sagen forelægges til drøftelse.", "Der lægges op til, at KKR godkender oplægget.",
            "Forslaget er drøftet i embedsmandsudvalget.", "En opfølgning forventes på næste møde.",
            "Der henvises til vedlagte notat.", "Kommunerne har bidraget med data til analysen."};

    private final List<KkrBody> bodies = ReferenceData.bodies();
    private final List<Municipality> municipalities = ReferenceData.municipalities();
    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** Items 1..count, generated lazily. */
    public Stream<ItemDoc> items(long count) {
        return LongStream.rangeClosed(1, count).mapToObj(this::item);
    }

    public ItemDoc item(long id) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + id);
        KkrBody body = bodies.get(random.nextInt(bodies.size()));
        LocalDate date = LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String caseId = String.format(Locale.ROOT, "SAG-%d-%05d", date.getYear(), random.nextInt(100_000));
        String number = (1 + random.nextInt(7)) + "." + (1 + random.nextInt(9));
        String title = subject + " " + date.getYear();
        StringBuilder text = new StringBuilder();
        List<String> mentioned = new ArrayList<>();
        List<Section> sections = List.of(
                section("Baggrund", paragraph(random, 3 + random.nextInt(4), mentioned), text),
                section("Indstilling", "Det indstilles, at " + body.name() + " godkender "
                        + MIDDLES[random.nextInt(MIDDLES.length)] + ".", text),
                section("Sagsfremstilling", paragraph(random, 5 + random.nextInt(6), mentioned), text));
        boolean memo = random.nextInt(20) == 0;
        return new ItemDoc(id, memo ? null : id, "syntetisk-" + (id / 50) + ".txt", number,
                memo ? "Notat om " + subject.toLowerCase(Locale.ROOT) : title, sections, caseId, body.name(), date,
                memo ? DocumentKind.NOTE : DocumentKind.AGENDA, new Span(0, text.length()), mentioned);
    }

    /** Sentences about the regions' municipalities; each municipality named is added to {@code mentioned}. */
    private String paragraph(SplittableRandom random, int sentences, List<String> mentioned) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            Municipality m = municipalities.get(random.nextInt(municipalities.size()));
            mentioned.add(m.name());
            out.append(OPENINGS[random.nextInt(OPENINGS.length)]).append(' ')
                    .append(MIDDLES[random.nextInt(MIDDLES.length)]).append(" i ").append(m.name())
                    .append(" Kommune, hvor udgiften er ").append(1 + random.nextInt(40)).append(',')
                    .append(random.nextInt(10)).append(" mio. kr. årligt. ")
                    .append(CLOSINGS[random.nextInt(CLOSINGS.length)]).append(' ');
        }
        return out.toString().strip();
    }

    private static Section section(String heading, String body, StringBuilder text) {
        int start = text.length();
        text.append(heading).append('\n').append(body).append("\n\n");
        return new Section(heading, body, new Span(start, text.length() - 2));
    }
}
