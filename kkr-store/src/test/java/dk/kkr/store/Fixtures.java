package dk.kkr.store;

import dk.kkr.core.extract.EntityExtractor;
import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.Letterhead;
import dk.kkr.core.model.MeetingInfo;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.model.Span;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.core.table.TableExtractor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Parsed files written by hand, as the parser would hand them to the store, with spans into their text; their
 * entities and tables are those the real extractors find in the text.
 */
final class Fixtures {

    static final LocalDate MEETING_DATE = LocalDate.of(2020, 9, 7);
    static final MeetingInfo LATER_MEETING = new MeetingInfo(LocalDate.of(2021, 3, 15), null, "Roskilde", new Span(0, 7));

    private static final EntityExtractor ENTITIES = new EntityExtractor();
    private static final TableExtractor TABLES = new TableExtractor();

    private Fixtures() {
    }

    /** An agenda of KKR Hovedstaden: three top items, three sub-items, two of them on the same case. */
    static ParsedFile agenda() {
        String text = """
                KKR Hovedstaden
                Dagsorden
                Dato: 7. september 2020 Tid: 10:00 Sted: Pharmakon, Hillerød
                1. Godkendelse af referat og dagsorden
                1.1. Godkendelse af referat
                SAG-2020-04290 ssan
                Baggrund
                Referatet er udsendt.
                Indstilling
                Det indstilles, at referatet godkendes.
                1.2. Godkendelse af dagsorden
                SAG-2020-04290 ssan
                Indstilling
                Det indstilles, at dagsordenen godkendes.
                2. Siden sidst
                3. Regionalpolitiske sager
                3.1. VIP-infrastrukturprojekter
                SAG-2020-04197 nihj
                Indstilling
                Det indstilles, at KKR drøfter projekterne.
                Bilag
                Notat om VIP-projekter
                """;
        Cursor at = new Cursor(text);
        MeetingInfo meeting = new MeetingInfo(MEETING_DATE, LocalTime.of(10, 0), "Pharmakon, Hillerød",
                at.next("Dato: 7. september 2020 Tid: 10:00 Sted: Pharmakon, Hillerød"));
        List<ParsedItem> items = List.of(
                at.item("1", "Godkendelse af referat og dagsorden", null, null).alone(),
                at.item("1.1", "Godkendelse af referat", "SAG-2020-04290", "ssan").with(
                        List.of(at.section("Baggrund", "Referatet er udsendt."),
                                at.section("Indstilling", "Det indstilles, at referatet godkendes.")),
                        List.of()),
                at.item("1.2", "Godkendelse af dagsorden", "SAG-2020-04290", "ssan").with(
                        List.of(at.section("Indstilling", "Det indstilles, at dagsordenen godkendes.")), List.of()),
                at.item("2", "Siden sidst", null, null).alone(),
                at.item("3", "Regionalpolitiske sager", null, null).alone(),
                at.item("3.1", "VIP-infrastrukturprojekter", "SAG-2020-04197", "nihj").with(
                        List.of(at.section("Indstilling", "Det indstilles, at KKR drøfter projekterne.")),
                        List.of(at.annex("Notat om VIP-projekter"))));
        ParsedDocument parsed = new ParsedDocument(DocumentKind.AGENDA, "Dagsorden", "KKR Hovedstaden", meeting,
                items, List.of());
        return file(source("agenda.txt", text, List.of("Windows-1252 decoded", "page furniture removed")), parsed);
    }

    /**
     * An annex bundle for the same meeting, without its time and place. Item 3.1 has one annex and one memo
     * under another title; item 3.6 has two annexes and two memos with the annexes' titles, listed the other
     * way round; item 3.8 has an annex whose memo was not recognised.
     */
    static ParsedFile annexBundle(LocalDate meetingDate) {
        String text = """
                Indholdsfortegnelse - Bilag
                3.1 VIP-infrastrukturprojekter
                Bilag 1: Notat om VIP-projekter
                3.6 Infrastruktur og mobilitet
                Bilag 1: Projektbeskrivelse for analyse af mobiliteten
                Bilag 2: Notat om vision for infrastrukturprojekter
                3.8 Centrale udmeldinger
                Bilag 1: Beskrivelse af indsatser
                NOTAT Prioritering af projekterne
                Dato: 1. september 2020
                Sags ID: SAG-2020-04197
                Dok. ID: 3290323
                NOTAT Notat om vision for infrastrukturprojekter
                Dato: 9. januar 2023
                Sags ID: SAG-2022-05370
                Dok. ID: 3286366
                NOTAT Projektbeskrivelse for analyse af mobiliteten
                Dato: 11. januar 2023
                """;
        Cursor at = new Cursor(text);
        List<ParsedItem> items = List.of(
                at.item("3.1", "VIP-infrastrukturprojekter", "SAG-2020-04197", null).with(List.of(),
                        List.of(at.annex("Notat om VIP-projekter"))),
                at.item("3.6", "Infrastruktur og mobilitet", null, null).with(List.of(),
                        List.of(at.annex("Projektbeskrivelse for analyse af mobiliteten"),
                                at.annex("Notat om vision for infrastrukturprojekter"))),
                at.item("3.8", "Centrale udmeldinger", null, null).with(List.of(),
                        List.of(at.annex("Beskrivelse af indsatser"))));
        List<EmbeddedDocument> documents = List.of(
                at.memo("Prioritering af projekterne", "3.1",
                        new Letterhead(LocalDate.of(2020, 9, 1), "SAG-2020-04197", "3290323"), "Dok. ID: 3290323"),
                at.memo("Notat om vision for infrastrukturprojekter", "3.6",
                        new Letterhead(LocalDate.of(2023, 1, 9), "SAG-2022-05370", "3286366"), "Dok. ID: 3286366"),
                at.memo("Projektbeskrivelse for analyse af mobiliteten", "3.6",
                        new Letterhead(LocalDate.of(2023, 1, 11), null, null), "Dato: 11. januar 2023"));
        MeetingInfo meeting = meetingDate == null ? null : new MeetingInfo(meetingDate, null, null, new Span(0, 0));
        ParsedDocument parsed = new ParsedDocument(DocumentKind.ANNEX_BUNDLE, "Indholdsfortegnelse - Bilag",
                "KKR Hovedstaden", meeting, items, documents);
        return file(source("bilag-" + meetingDate + ".txt", text, List.of()), parsed);
    }

    /**
     * Minutes of KKR Syddanmark about money: item 1 mentions Odense in its own text, its sub-item 1.1 mentions
     * Odense and Kolding, an amount and a deadline, and holds a table whose printed total is 100 too high. The
     * meeting date stands before any item. Item 1's span covers 1.1, as the parser's spans do.
     */
    static ParsedFile economy() {
        String text = """
                Referat
                Dato: 2. november 2020
                1. Økonomi
                Baggrund
                Odense Kommune orienterer.
                1.1. Fordeling af udgifter
                Sagsfremstilling
                Odense Kommune og Kolding Kommune deler 2,6 mio. kr. Svar senest 1. december 2020.
                | Kommune | Beløb |
                |---|---|
                | Odense | 1.500 |
                | Kolding | 1.100 |
                | I alt | 2.700 |
                """;
        Cursor at = new Cursor(text);
        Span date = at.next("Dato: 2. november 2020");
        Span title1 = at.next("Økonomi");
        Section background = at.section("Baggrund", "Odense Kommune orienterer.");
        Span title11 = at.next("Fordeling af udgifter");
        Section presentation = at.section("Sagsfremstilling", text.substring(text.indexOf("Odense Kommune og")).strip());
        Span end = new Span(title11.start(), text.length());
        List<ParsedItem> items = List.of(
                new ParsedItem("1", "Økonomi", null, null, List.of(background), List.of(),
                        title1.union(end), title1),
                new ParsedItem("1.1", "Fordeling af udgifter", null, null, List.of(presentation), List.of(),
                        end, title11));
        ParsedDocument parsed = new ParsedDocument(DocumentKind.MINUTES, "Referat", "KKR Syddanmark",
                new MeetingInfo(LocalDate.of(2020, 11, 2), null, null, date), items, List.of());
        return file(source("oekonomi.txt", text, List.of()), parsed);
    }

    /** Minutes with one top-level item per title, all on the same case. */
    static ParsedFile minutes(String fileName, String body, MeetingInfo meeting, List<String> titles,
                              String caseNumber) {
        StringBuilder text = new StringBuilder("Referat\n");
        for (int i = 0; i < titles.size(); i++) {
            text.append(i + 1).append(". ").append(titles.get(i)).append('\n');
        }
        Cursor at = new Cursor(text.toString());
        List<ParsedItem> items = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            items.add(at.item(String.valueOf(i + 1), titles.get(i), caseNumber, "abcd").alone());
        }
        ParsedDocument parsed = new ParsedDocument(DocumentKind.MINUTES, "Referat", body, meeting, items, List.of());
        return file(source(fileName, text.toString(), List.of()), parsed);
    }

    /** A file with the structure given and the entities and tables found in its text. */
    static ParsedFile file(SourceText source, ParsedDocument structure) {
        return file(source, structure, 1.0);
    }

    /** The same, with the text quality given. */
    static ParsedFile file(SourceText source, ParsedDocument structure, double quality) {
        return new ParsedFile(source, structure, ENTITIES.extract(source.text()), TABLES.extract(source.text()),
                quality);
    }

    static SourceText source(String fileName, String text, List<String> notes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceText(fileName, sha256(bytes), bytes.length, "text/plain", text, notes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** An item whose title has been found in the text. */
    private record Heading(String number, String title, String caseId, String caseOwner, Span titleSpan) {

        ParsedItem with(List<Section> sections, List<AnnexRef> annexes) {
            Span span = titleSpan;
            for (Section section : sections) {
                span = span.union(section.span());
            }
            for (AnnexRef annex : annexes) {
                span = span.union(annex.span());
            }
            return new ParsedItem(number, title, caseId, caseOwner, sections, annexes, span, titleSpan);
        }

        ParsedItem alone() {
            return with(List.of(), List.of());
        }
    }

    /** Finds the fragments of a text in reading order, so that repeated words each get their own span. */
    private static final class Cursor {
        private final String text;
        private int position;

        Cursor(String text) {
            this.text = text;
        }

        Span next(String fragment) {
            int start = text.indexOf(fragment, position);
            if (start < 0) {
                throw new IllegalArgumentException("not in the fixture text after " + position + ": " + fragment);
            }
            position = start + fragment.length();
            return new Span(start, position);
        }

        /** An item's heading; its sections and annexes, found after it, are given to {@link Heading#with}. */
        Heading item(String number, String title, String caseId, String caseOwner) {
            return new Heading(number, title, caseId, caseOwner, next(title));
        }

        Section section(String heading, String body) {
            next(heading);
            return new Section(heading, body, next(body));
        }

        AnnexRef annex(String title) {
            return new AnnexRef(title, next(title));
        }

        EmbeddedDocument memo(String title, String item, Letterhead letterhead, String lastLine) {
            Span start = next("NOTAT " + title);
            return new EmbeddedDocument(title, DocumentKind.NOTE, letterhead, item, start.union(next(lastLine)));
        }
    }
}
