package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Case ids of the form "SAG-2020-04197". The case officer's initials count as the owner only where they
 * end the line right after the id ("SAG-2020-04197 nihj"): 2 to 6 lower-case letters and nothing else.
 */
public final class CaseIdRecogniser implements EntityRecogniser<CaseIdMention> {

    private static final Pattern CASE_ID = Pattern.compile(
            "(?<![\\p{L}\\d-])(SAG-(?:19|20)\\d{2}-\\d{4,6})(?![\\d-])(?:[ \\t]+([a-zæøå]{2,6})[ \\t]*(?=\\R|$))?");

    @Override
    public List<CaseIdMention> recognise(String text) {
        List<CaseIdMention> found = new ArrayList<>();
        for (MatchResult m : LiteralStart.matches("SAG-", CASE_ID, text)) {
            Span span = new Span(m.start(), m.end(2) >= 0 ? m.end(2) : m.end(1));
            found.add(new CaseIdMention(span, span.of(text), m.group(1), m.group(2)));
        }
        return List.copyOf(found);
    }
}
