package dk.kkr.core.parse;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.model.Letterhead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds memo letterheads: a cluster of letterhead fields (Dato, Sags ID, Dok. ID, Side x af y) with the
 * page furniture and address lines between them, which a memo repeats on every page. The fields are read
 * as a scanner may leave them: printed twice (the first is read), glued to themselves, or broken after the
 * label or within the value onto the next line. Stateless.
 */
final class Letterheads {

    /** At most this many lines of other text (an address) may stand between two letterhead lines. */
    private static final int MAX_GAP = 3;

    private static final Pattern CASE_ID = Pattern.compile("SAG-\\d{4}-\\d{5}");
    private static final Pattern DOC_ID = Pattern.compile("\\d+");
    /** The fewest digits a document id has (a doubled run of digits is read as one id only from twice this). */
    private static final int MIN_DOC_ID = 5;

    /** One page's letterhead: lines [first, last] and the fields read from it. */
    record Block(int first, int last, Letterhead letterhead) {

        String key() {
            return letterhead.caseId() + "/" + letterhead.docId();
        }

        boolean covers(int line) {
            return line >= first && line <= last;
        }
    }

    private Letterheads() {
    }

    static List<Block> find(Scan scan) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < scan.size()) {
            if (isLetterheadLine(scan, i)) {
                Block block = block(scan, i);
                if (block != null) {
                    blocks.add(block);
                    i = block.last() + 1;
                    continue;
                }
            }
            i++;
        }
        return blocks;
    }

    private static Block block(Scan scan, int first) {
        int last = first;
        int gap = 0;
        for (int i = first; i < scan.size() && gap <= MAX_GAP; i++) {
            LineForm form = scan.form(i);
            if (isLetterheadLine(scan, i) || form instanceof LineForm.Furniture) {
                last = i;
                gap = 0;
                if (form instanceof LineForm.Field f && f.name() == LineForm.FieldName.PAGE) {
                    break;
                }
            } else if (!(form instanceof LineForm.Blank)) {
                gap++;
            }
        }
        LocalDate date = null;
        String caseId = null;
        String docId = null;
        for (int i = first; i <= last; i++) {
            LineForm.FieldName name = fieldName(scan, i);
            if (name == null) {
                continue;
            }
            String value = scan.form(i) instanceof LineForm.Field f ? f.value() : "";
            String next = nextText(scan, i);
            switch (name) {
                case DATE -> date = date != null ? date : DanishDates.findDate(value)
                        .or(() -> DanishDates.findDate(value + " " + next)).orElse(null);
                case CASE_ID -> caseId = caseId != null ? caseId : caseId(value, next);
                case DOC_ID -> docId = docId != null ? docId : docId(value.isBlank() ? next : value);
                default -> {
                }
            }
        }
        return caseId == null && docId == null ? null : new Block(first, last, new Letterhead(date, caseId, docId));
    }

    /**
     * The letterhead field line {@code i} holds — with its value, or with the value broken onto the next
     * line ("Dok. ID:" alone) — or null.
     */
    private static LineForm.FieldName fieldName(Scan scan, int i) {
        if (scan.form(i) instanceof LineForm.Field f) {
            return f.name().isLetterhead() ? f.name() : null;
        }
        return scan.form(i) instanceof LineForm.Text
                ? LineClassifier.labelAlone(scan.line(i).trimmed()).filter(LineForm.FieldName::isLetterhead).orElse(null)
                : null;
    }

    private static boolean isLetterheadLine(Scan scan, int i) {
        return fieldName(scan, i) != null;
    }

    /** The first line after {@code i} that is not blank (a field's value broken onto it), or "". */
    private static String nextText(Scan scan, int i) {
        for (int j = i + 1; j < scan.size() && j <= i + 2; j++) {
            if (!(scan.form(j) instanceof LineForm.Blank)) {
                return scan.line(j).trimmed();
            }
        }
        return "";
    }

    /** A case id, also when the scanner broke it over two lines ("SAG-2025-" and "00837"). */
    private static String caseId(String value, String next) {
        String found = first(CASE_ID, value);
        return found != null ? found : first(CASE_ID, value.strip() + next.strip());
    }

    /**
     * A document id: the first run of digits; a run that is one id printed twice and glued to itself
     * ("35620123562012") is read once.
     */
    private static String docId(String value) {
        String digits = first(DOC_ID, value);
        if (digits != null && digits.length() >= 2 * MIN_DOC_ID && digits.length() % 2 == 0) {
            String half = digits.substring(0, digits.length() / 2);
            if (digits.endsWith(half)) {
                return half;
            }
        }
        return digits;
    }

    private static String first(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        return m.find() ? m.group() : null;
    }
}
