package dk.kkr.core.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reference data written from public facts: the five KKRs (one per region) and the 98 municipalities
 * (read once, on first use, from {@code municipalities.csv} next to this class). Immutable and thread-safe.
 */
public final class ReferenceData {

    private static final List<KkrBody> BODIES = List.of(
            new KkrBody("KKR Hovedstaden", "hovedstaden", "Region Hovedstaden"),
            new KkrBody("KKR Sjælland", "sjaelland", "Region Sjælland"),
            new KkrBody("KKR Syddanmark", "syddanmark", "Region Syddanmark"),
            new KkrBody("KKR Midtjylland", "midtjylland", "Region Midtjylland"),
            new KkrBody("KKR Nordjylland", "nordjylland", "Region Nordjylland"));

    private ReferenceData() {
    }

    public static List<KkrBody> bodies() {
        return BODIES;
    }

    /** The body whose name matches, ignoring case ("KKR HOVEDSTADEN" finds "KKR Hovedstaden"). */
    public static Optional<KkrBody> body(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return BODIES.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The KKR of a region, by the region's exact name ("Region Syddanmark" gives KKR Syddanmark). */
    public static Optional<KkrBody> bodyOfRegion(String region) {
        return BODIES.stream().filter(b -> b.region().equals(region)).findFirst();
    }

    /** All 98 municipalities in code order (101 København first, 860 Hjørring last). */
    public static List<Municipality> municipalities() {
        return Municipalities.ALL;
    }

    /**
     * The municipality a name refers to, ignoring case and surrounding white space: the short name
     * ("København"), the name with "Kommune" ("Frederiksberg Kommune"), the genitive form ("Københavns
     * Kommune") or the regional municipality ("Bornholms Regionskommune").
     */
    public static Optional<Municipality> municipality(String name) {
        return Optional.ofNullable(Municipalities.BY_NAME.get(withoutSuffix(key(name))));
    }

    /**
     * Like {@link #municipality(String)}, but also sees through the usual damage to æ, ø and å: ASCII
     * spellings ("Ringkobing-Skjern", "Lyngby-Taarbaek"), the old å-spellings ("Århus", "Ålborg") and OCR
     * substitutes ("Kgbenhavn", "Arhus", "b@rn"-style "@" for ø), with or without hyphens and spaces. Each
     * municipality name becomes a pattern in which æ, ø, å and "aa" accept their common substitutes; the
     * answer is the one municipality whose pattern fits, or empty when none or several fit.
     */
    public static Optional<Municipality> municipalityTolerant(String name) {
        Optional<Municipality> exact = municipality(name);
        if (exact.isPresent()) {
            return exact;
        }
        String folded = withoutSuffix(key(name)).replaceAll("[\\s-]", "");
        List<Municipality> fits = Municipalities.TOLERANT.entrySet().stream()
                .filter(e -> e.getValue().matcher(folded).matches())
                .map(Map.Entry::getKey)
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** The municipalities of a KKR, i.e. of its region, in code order. */
    public static List<Municipality> municipalitiesOf(KkrBody body) {
        return Municipalities.ALL.stream().filter(m -> m.region().equals(body.region())).toList();
    }

    private static String withoutSuffix(String key) {
        for (String suffix : List.of(" regionskommune", " kommune")) {
            if (key.endsWith(suffix)) {
                return key.substring(0, key.length() - suffix.length()).strip();
            }
        }
        return key;
    }

    /** The tolerant pattern of one name: "Tårnby" fits "tarnby", "taarnby", "tårnbys" and so on. */
    private static Pattern tolerantPattern(String name) {
        String lower = key(name).replaceAll("[\\s-]", "");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (lower.startsWith("aa", i)) {
                regex.append("(?:aa|å|a)");
                i++;
            } else if (c == 'æ') {
                regex.append("(?:æ|ae|ä|ze|ee|a|e|z)");
            } else if (c == 'ø') {
                regex.append("(?:ø|oe|ö|o|g|@|0|6)");
            } else if (c == 'å') {
                regex.append("(?:å|aa|a|é)");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.append("s?").toString());
    }

    private static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\u00a0', ' ');
        return folded.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Loaded on first use of the municipalities; a broken resource fails that first use loudly. */
    private static final class Municipalities {
        private static final String RESOURCE = "municipalities.csv";
        static final List<Municipality> ALL = load();
        /** The lower-cased short name and its genitive ("københavn", "københavns") to the municipality. */
        static final Map<String, Municipality> BY_NAME = index(ALL);
        /** Each municipality's tolerant name pattern, in code order. */
        static final Map<Municipality, Pattern> TOLERANT = tolerant(ALL);

        private static List<Municipality> load() {
            try (InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " next to " + ReferenceData.class);
                }
                var decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                return MunicipalityCsv.parse(RESOURCE, new InputStreamReader(in, decoder));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }

        private static Map<Municipality, Pattern> tolerant(List<Municipality> all) {
            Map<Municipality, Pattern> patterns = new LinkedHashMap<>();
            all.forEach(m -> patterns.put(m, tolerantPattern(m.name())));
            return Collections.unmodifiableMap(patterns);
        }

        private static Map<String, Municipality> index(List<Municipality> all) {
            Map<String, Municipality> byName = new HashMap<>();
            for (Municipality m : all) {
                String name = key(m.name());
                for (String form : List.of(name, name + "s")) {
                    Municipality clash = byName.putIfAbsent(form, m);
                    if (clash != null && clash != m) {
                        throw new IllegalStateException("name form '" + form + "' fits both " + clash + " and " + m);
                    }
                }
            }
            return Map.copyOf(byName);
        }
    }
}
