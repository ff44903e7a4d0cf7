package dk.kkr.search;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * One search hit: an agenda item ({@code itemId} set; link to /punkter/{itemId}) or a whole document
 * ({@code itemId} null; link to /dokumenter/{documentId}), with its passages that match the query.
 */
public record Hit(String key, ItemDoc.Unit unit, Long itemId, long documentId, String sourceFile, String number,
                  String title, String caseId, String body, LocalDate date, DocumentKind kind, Span span,
                  float score, List<Snippet> snippets) {

    public Hit {
        snippets = List.copyOf(snippets);
    }
}
