package dk.kkr.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.core.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Looking for the fixed start first finds exactly what {@link Matcher#find()} finds. */
class LiteralStartTest {

    /** Opens with a lookbehind that looks before the fixed start, and has a group that may not take part. */
    private static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\d-])SAG-(\\d{4})(?:-(\\d+))?(?![\\d-])");

    private static List<String> byFind(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            found.add(describe(m));
        }
        return found;
    }

    private static String describe(MatchResult m) {
        return m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2);
    }

    @Test
    void theSameMatchesAsFindOnEdgesAndOnEverySample() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", "SAG-", "SAG-2020", "SAG-2020-04197 og SAG-2021-1",
                "xSAG-2020 -SAG-2020 1SAG-2020 SAG-SAG-2020", "SAG-2020-SAG-2021 SAG-20201", "(SAG-2020)\nSAG-1999-7"));
        for (String name : Samples.names()) {
            texts.add(new String(Samples.bytes(name), StandardCharsets.UTF_8));
        }
        int matches = 0;
        for (String text : texts) {
            List<String> expected = byFind(text);
            assertThat(LiteralStart.matches("SAG-", PATTERN, text).stream().map(LiteralStartTest::describe).toList())
                    .as(text.length() > 60 ? text.substring(0, 60) : text).isEqualTo(expected);
            matches += expected.size();
        }
        assertThat(matches).as("the texts have matches to compare").isGreaterThan(5);
    }
}
