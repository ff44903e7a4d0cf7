package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Document ids from memo letterheads: "Dok. ID: 3290323", "Dok.ID 3290323", "Dokument-ID: 3290323". */
public final class DocIdRecogniser implements EntityRecogniser<DocIdMention> {

    private static final Pattern DOC_ID = Pattern.compile(
            "(?<!\\p{L})Dok(?:\\.|ument)?[ \\t]*-?[ \\t]*ID[ \\t]*:?[ \\t]*(\\d{4,10})(?!\\d)");

    @Override
    public List<DocIdMention> recognise(String text) {
        List<DocIdMention> found = new ArrayList<>();
        for (MatchResult m : LiteralStart.matches("Dok", DOC_ID, text)) {
            Span span = new Span(m.start(), m.end());
            found.add(new DocIdMention(span, span.of(text), m.group(1)));
        }
        return List.copyOf(found);
    }
}
