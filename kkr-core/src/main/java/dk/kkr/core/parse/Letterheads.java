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
 * page furniture and address lines between them, which a memo repeats on every page. Stateless.
 */
final class Letterheads {

    /** At most this many lines of other text (an address) may stand between two letterhead lines. */
    private static final int MAX_GAP = 3;

    private static final Pattern CASE_ID = Pattern.compile("SAG-\\d{4}-\\d{5}");
    private static final Pattern DOC_ID = Pattern.compile("\\d+");

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
            if (isLetterheadLine(scan.form(i))) {
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
            if (isLetterheadLine(form) || form instanceof LineForm.Furniture) {
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
            if (scan.form(i) instanceof LineForm.Field f) {
                switch (f.name()) {
                    case DATE -> date = date != null ? date : DanishDates.findDate(f.value()).orElse(null);
                    case CASE_ID -> caseId = caseId != null ? caseId : first(CASE_ID, f.value());
                    case DOC_ID -> docId = docId != null ? docId : first(DOC_ID, f.value());
                    default -> {
                    }
                }
            }
        }
        return caseId == null && docId == null ? null : new Block(first, last, new Letterhead(date, caseId, docId));
    }

    private static boolean isLetterheadLine(LineForm form) {
        return form instanceof LineForm.Field f && f.name().isLetterhead();
    }

    private static String first(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        return m.find() ? m.group() : null;
    }
}
