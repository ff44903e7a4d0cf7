package dk.kkr.core.extract;

import dk.kkr.core.danish.DanishNumbers;
import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages: "3,9 %", "20%", "75 pct.", "30 procent", also as the start of a compound ("70%-målsætning").
 * Percentage points ("2 pct.-point", "procentpoint") are a different unit and are left out.
 */
public final class PercentRecogniser implements EntityRecogniser<PercentMention> {

    private static final Pattern PERCENT = Pattern.compile(
            "(" + DanishNumbers.NUMBER + ")[ \\t\\u00a0]*(?:%|pct\\.?+|procent)(?!-?point|\\p{L})");

    @Override
    public List<PercentMention> recognise(String text) {
        List<PercentMention> found = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            found.add(new PercentMention(span, span.of(text), DanishNumbers.parse(m.group(1))));
        }
        return List.copyOf(found);
    }
}
