package dk.kkr.core.extract;

import dk.kkr.core.danish.Spellings;
import dk.kkr.core.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organisations from the project's list {@code organisations.txt} (next to this class): one organisation a
 * line, its canonical name first, then its aliases, separated by "|"; "#" starts a comment. Names are
 * matched as whole words, case-sensitively, also OCR-damaged with the common misreadings of {@link Spellings}; where names
 * overlap the longest wins ("Erhvervshus Hovedstaden" rather than a shorter name inside it).
 */
public final class OrganisationRecogniser implements EntityRecogniser<OrganisationMention> {

    private static final String RESOURCE = "organisations.txt";

    private final Lexicon<String> names;

    /** The organisations of the project's list. */
    public OrganisationRecogniser() {
        this(load());
    }

    /** The given organisations: canonical name to its aliases (the canonical name itself is always matched). */
    OrganisationRecogniser(Map<String, List<String>> organisations) {
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        organisations.forEach((canonical, aliases) -> {
            Set<String> forms = new LinkedHashSet<>(Spellings.of(canonical, Spellings.Context.RUNNING_TEXT));
            aliases.forEach(alias -> forms.addAll(Spellings.of(alias, Spellings.Context.RUNNING_TEXT)));
            spellings.put(canonical, forms);
        });
        this.names = new Lexicon<>(spellings);
    }

    @Override
    public List<OrganisationMention> recognise(String text) {
        return names.find(text).stream().map(hit -> {
            Span span = new Span(hit.start(), hit.end());
            return new OrganisationMention(span, span.of(text), hit.value());
        }).toList();
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = OrganisationRecogniser.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + OrganisationRecogniser.class);
            }
            Map<String, List<String>> organisations = new LinkedHashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .forEach(line -> {
                        List<String> names = Arrays.stream(line.split("\\|")).map(String::strip).toList();
                        if (organisations.put(names.getFirst(), names.subList(1, names.size())) != null) {
                            throw new IllegalStateException(RESOURCE + " lists " + names.getFirst() + " twice");
                        }
                    });
            return organisations;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
