package dk.kkr.search;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit of the index: an agenda item (title and its own sections), or a whole document that has no
 * items of its own, such as a memo (its text as one section without a heading). Spans are offsets into
 * the source file's text; {@code sourceFile} and {@code number} say where a unit stands in terms that
 * survive a new database ("003_….txt", "3.5").
 *
 * @param itemId   the agenda item's id, or null for a document unit
 * @param number   the item number ("3.5"); for a memo, the number of the item it belongs to; or null
 * @param caseId   the item's case ("SAG-2020-04197") or the memo's letterhead case id, or null
 * @param body     the KKR ("KKR Hovedstaden"), or null
 * @param date     the meeting date, else the memo's letter date, or null
 * @param kind     the kind of the document the unit stands in (for a memo: NOTE)
 */
public record ItemDoc(long documentId, Long itemId, String sourceFile, String number, String title,
                      List<Section> sections, String caseId, String body, LocalDate date, DocumentKind kind,
                      Span span) {

    public ItemDoc {
        sections = List.copyOf(sections);
    }

    public Unit unit() {
        return itemId == null ? Unit.DOCUMENT : Unit.ITEM;
    }

    /** The unit's key in the index: "item:12" or "document:7". */
    public String key() {
        return unit().key(itemId == null ? documentId : itemId);
    }

    /** What a unit is: an agenda item or a whole document. */
    public enum Unit {
        ITEM, DOCUMENT;

        public String key(long id) {
            return name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
        }
    }
}
