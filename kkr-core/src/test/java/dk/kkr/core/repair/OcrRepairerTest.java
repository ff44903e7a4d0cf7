package dk.kkr.core.repair;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The document-level behaviour on small texts written for the test. */
class OcrRepairerTest {

    private static final String DAMAGED = String.join("\n",
            "Referat fra mgdet i udvalget",
            "",
            "Udvalget drgftede den gkonomiske ramme for naeste ar. Det blev besluttet at",
            "fortsaette arbejdet med at understgtte de sarbare borgere, og formanden",
            "takkede for et teet samarbejde. Sagen har nr. SAG-2024-01234 og beløbet er",
            "2,6 mio. kr. Spgrgsmal sendes til post@kommune.dk eller via www.kommune.dk.",
            "| forbindelse med budgettet skal der ogsa vaere en plan for hjemmeplejen,",
            "og udvalget gnsker en tydelig malsaetning for indsatsen pa omradet.");

    @Test
    void repairsADamagedDocumentLineForLine() {
        RepairResult r = RepairFixture.REPAIRER.repair(DAMAGED);
        assertThat(r.repairNeeded()).isTrue();
        assertThat(r.original()).isEqualTo(DAMAGED);
        assertThat(r.repaired().split("\n", -1)).hasSameSizeAs(DAMAGED.split("\n", -1));
        assertThat(r.repaired()).contains("mødet", "drøftede", "økonomiske", "næste år", "fortsætte",
                "understøtte", "sårbare", "tæt samarbejde", "I forbindelse", "også være", "ønsker", "på området");
    }

    @Test
    void leavesNumbersCaseIdsAddressesAndNamesAlone() {
        RepairResult r = RepairFixture.REPAIRER.repair(DAMAGED);
        assertThat(r.repaired()).contains("SAG-2024-01234", "2,6 mio. kr.", "post@kommune.dk", "www.kommune.dk");
    }

    @Test
    void recordsEveryChangeWithItsOffsetInTheOriginal() {
        RepairResult r = RepairFixture.REPAIRER.repair(DAMAGED);
        assertThat(r.changes()).isNotEmpty();
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (Change c : r.changes()) {
            assertThat(DAMAGED.startsWith(c.before(), c.offset())).as("%s at %d", c.before(), c.offset()).isTrue();
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            rebuilt.append(DAMAGED, at, c.offset()).append(c.after());
            at = c.offset() + c.before().length();
        }
        rebuilt.append(DAMAGED.substring(at));
        assertThat(rebuilt.toString()).isEqualTo(r.repaired());
    }

    @Test
    void repairsTheSameDamagedWordTheSameWayThroughout() {
        String text = DAMAGED + "\nDet gkonomiske grundlag og den gkonomiske ramme.";
        RepairResult r = RepairFixture.REPAIRER.repair(text);
        assertThat(r.changes().stream().filter(c -> c.before().equals("gkonomiske"))
                .map(Change::after).collect(Collectors.toSet())).containsExactly("økonomiske");
    }

    @Test
    void repairsAWordHyphenatedAcrossALineBreakInBothHalves() {
        String text = DAMAGED + "\nKommunerne har et seerligt ansvar for stgr-\nrelsen af tilbuddet.";
        RepairResult r = RepairFixture.REPAIRER.repair(text);
        assertThat(r.repaired()).endsWith("for stør-\nrelsen af tilbuddet.");
    }

    @Test
    void passesCleanTextUntouched() {
        String clean = String.join("\n",
                "Referat fra mødet i udvalget",
                "",
                "Udvalget drøftede den økonomiske ramme for næste år. Det blev besluttet at",
                "fortsætte arbejdet med at understøtte de sårbare borgere, og formanden",
                "takkede for et tæt samarbejde. Sagen har nr. SAG-2024-01234.",
                "Fil og tag, far og mor, bade og malet er også danske ord.");
        RepairResult r = RepairFixture.REPAIRER.repair(clean);
        assertThat(r.repairNeeded()).isFalse();
        assertThat(r.repaired()).isSameAs(clean);
        assertThat(r.changes()).isEmpty();
    }

    @Test
    void keepsATextWithAFewUnknownWordsUntouched() {
        String text = "Mødet blev holdt i Skanderborg med deltagelse af Aarhus, Favrskov og Syddjurs. "
                + "Arbejdsgruppen, KKR og K17 mødes igen. Tak til Sgren og Kgbmand for oplægget.";
        assertThat(RepairFixture.REPAIRER.repair(text).repairNeeded()).isFalse();
    }

    @Test
    void passesAnEnglishParagraphUntouched() {
        String english = String.join("\n",
                "| file | what it is | shape |",
                "Real documents of the councils, as text extracted from their published PDFs. They are the",
                "test bed: every shape here must import well, and the importer should keep the hard-wrapped",
                "lines of each page. The same annexes are read twice, so importing both gives one document.");
        RepairResult r = RepairFixture.REPAIRER.repair(english);
        assertThat(r.repairNeeded()).isFalse();
        assertThat(r.repaired()).isSameAs(english);
    }

    @Test
    void repairsDanishAroundAnEnglishQuotationButLeavesTheQuotationAlone() {
        String quotation = "\"We keep the rules of the game: every council is free to choose, and we are here to help.\"";
        String text = DAMAGED + "\nFormanden citerede rapporten: " + quotation
                + "\nUdvalget gnsker at drgfte sagen pa naeste mgde.";
        RepairResult r = RepairFixture.REPAIRER.repair(text);
        assertThat(r.repairNeeded()).isTrue();
        assertThat(r.repaired()).contains(quotation, "Udvalget ønsker at drøfte sagen på næste møde.",
                "økonomiske", "også være");
    }

    @Test
    void doubtsRealWordsOnlyOnTheScannedLinesOfAnOtherwiseCleanDocument() {
        String clean = String.join("\n",
                "Udvalget drøftede den økonomiske ramme for næste år og de særlige tilbud på området.",
                "Formanden takkede for et tæt samarbejde med kommunernes forvaltninger i løbet af året.",
                "Kommunerne får en fælles plan, og de nærmere økonomiske vilkår følger på næste møde.",
                "Det blev aftalt, at sekretariatet udarbejder et notat om støtte til de sårbare børn.",
                "Vi far besked, og bade udvalget og rådet drøfter sagen.");
        String scanned = "Kommunerne gnsker at drgfte den gkonomiske ramme og naeste skridt pa mgdet, nar "
                + "sagen star pa dagsordenen.";
        RepairResult r = RepairFixture.REPAIRER.repair(clean + "\n" + scanned + "\n" + clean);
        assertThat(r.repairNeeded()).isTrue();
        assertThat(r.repaired()).contains("Kommunerne ønsker at drøfte den økonomiske ramme og næste skridt på "
                + "mødet, når sagen står på dagsordenen.");
        // the clean lines' real words stay as they are
        assertThat(r.repaired()).startsWith(clean + "\n").endsWith("\n" + clean);
    }

    @Test
    void leavesAbbreviationsWithTheirFullStopAlone() {
        String text = DAMAGED + "\nSagen har nr. 12 og koster 2,6 mio. kr. om året; KL-bem. til sagen, jf. udv. bem. og "
                + "forv. notat.";
        RepairResult r = RepairFixture.REPAIRER.repair(text);
        assertThat(r.repairNeeded()).isTrue();
        assertThat(r.repaired()).endsWith("\nSagen har nr. 12 og koster 2,6 mio. kr. om året; KL-bem. til sagen, "
                + "jf. udv. bem. og forv. notat.");
    }

    @Test
    void readsARealWordAsTheWordTheDocumentUsesElsewhere() {
        String clean = String.join("\n",
                "Kommunerne får en fælles plan, og hver kommune får et notat om økonomien.",
                "Udvalget får sagen igen, når forvaltningen får svar fra de øvrige kommuner.",
                "Hver borger får et brev, og de pårørende får en kopi, så alle får det samme at vide.");
        String scanned = "Borgerne far besked om sagen, nar udvalget har drgftet den gkonomiske ramme pa mgdet.\n"
                + "Sekretariatet sgrger for, at de saerlige behov bliver beskrevet i naeste notat.";
        RepairResult r = RepairFixture.REPAIRER.repair(clean + "\n" + scanned);
        assertThat(r.repaired()).endsWith("\nBorgerne får besked om sagen, når udvalget har drøftet den økonomiske "
                + "ramme på mødet.\nSekretariatet sørger for, at de særlige behov bliver beskrevet i næste notat.");
        // without the document's own use of the word, the reading as written stands ("far" is a common word)
        RepairResult alone = RepairFixture.REPAIRER.repair(scanned + "\n" + DAMAGED);
        assertThat(alone.repaired()).startsWith("Borgerne far besked");
    }
}
