package dk.kkr.core.parse;

import dk.kkr.core.model.Section;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words the council documents use for their parts: section headings of an agenda item and the titles of
 * people in lists of attendance (both kept as data with their examples in {@code grammar.tsv}), and which
 * section lists annex titles and which only minutes carry.
 */
final class Vocabulary {

    /** Section headings of an agenda item, as the documents spell them. */
    static final List<String> SECTION_HEADINGS = Grammar.STANDARD.words("section");

    /** The section that lists annex titles, one a line. */
    static final String ANNEX_SECTION = Section.ANNEXES;

    /** The section that only minutes carry. */
    static final String DECISION_SECTION = Section.DECISION;

    /** What an agenda calls itself, under its KKR's name. */
    static final String AGENDA = "Dagsorden";

    /** What minutes call themselves, under their KKR's name. */
    static final String MINUTES = "Referat";

    /** The headings of minutes' lists of who attended and who sent their apologies, and a deputy's remark. */
    static final String PRESENT_HEADING = "Deltagere:";
    static final String ABSENT_HEADING = "Afbud:";
    static final String DEPUTY_FOR = "stedfortræder for";

    /** The word after a municipality's name. */
    static final String MUNICIPALITY_WORD = "Kommune";

    /** The header fields of a meeting's date (with "kl." before its time) and its place. */
    static final String DATE_FIELD = "Dato:";
    static final String TIME_WORD = "kl.";
    static final String PLACE_FIELD = "Sted:";

    /** What an agenda says of an item changed after it was released to the members, before the day. */
    static final String CHANGED_AFTER_RELEASE = "Ændret efter udsendelse";

    /** Titles written before a person's name in minutes' lists of who attended. */
    static final List<String> ROLES = Grammar.STANDARD.words("role");

    private Vocabulary() {
    }

    /** The canonical section heading a line's text stands for ("bilag:" gives "Bilag"), if any. */
    static Optional<String> sectionHeading(String cleanedLine) {
        String word = cleanedLine.endsWith(":") ? cleanedLine.substring(0, cleanedLine.length() - 1).strip()
                : cleanedLine;
        return SECTION_HEADINGS.stream().filter(h -> h.equalsIgnoreCase(word)).findFirst();
    }

    /** The canonical title a word stands for, in any case ("borgmester" gives "Borgmester"), if any. */
    static Optional<String> role(String word) {
        return ROLES.stream().filter(r -> r.equalsIgnoreCase(word)).findFirst();
    }

    /** Folds text for comparisons: lower case, no markdown stars, white space collapsed. */
    static String fold(String text) {
        return text.replace("*", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether one title begins the other, folded (a copy of a title may be cut short or wrapped). */
    static boolean alike(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        return !x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x));
    }
}
