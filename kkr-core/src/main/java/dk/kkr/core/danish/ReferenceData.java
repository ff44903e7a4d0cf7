package dk.kkr.core.danish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
     * misreadings ("Kgbenhavn", "Arhus", "Br@ndby"), with or without hyphens and spaces: every spelling of
     * {@link #spellingsOf} for a name standing alone. The answer is the one municipality
     * with that spelling, or empty when none or several have it.
     */
    public static Optional<Municipality> municipalityTolerant(String name) {
        Optional<Municipality> exact = municipality(name);
        if (exact.isPresent()) {
            return exact;
        }
        return Optional.ofNullable(Municipalities.TOLERANT.get(folded(withoutSuffix(key(name)))));
    }

    /**
     * The ways a text may write a municipality's name: as written in the register and damaged as is
     * believed where it stands (see {@link Spellings}), a double name also with a space for its hyphen, each also in the
     * genitive ("Københavns").
     */
    public static Set<String> spellingsOf(Municipality m, Spellings.Context context) {
        Set<String> forms = new LinkedHashSet<>();
        for (String written : Spellings.of(m.name(), context)) {
            for (String spelling : List.of(written, written.replace('-', ' '))) {
                forms.add(spelling);
                forms.add(spelling.endsWith("s") ? spelling : spelling + "s");
            }
        }
        return forms;
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

    /** Lower case without spaces and hyphens: "Lyngby-Taarbæk" and "lyngby taarbæk" fold alike. */
    private static String folded(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
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
        /** Every folded spelling with all misreadings that only one municipality has, to that municipality. */
        static final Map<String, Municipality> TOLERANT = tolerant(ALL);

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

        private static Map<String, Municipality> tolerant(List<Municipality> all) {
            Map<String, Set<Municipality>> bySpelling = new HashMap<>();
            for (Municipality m : all) {
                for (String spelling : spellingsOf(m, Spellings.Context.ALONE)) {
                    bySpelling.computeIfAbsent(folded(spelling), k -> new HashSet<>()).add(m);
                }
            }
            Map<String, Municipality> unique = new HashMap<>();
            bySpelling.forEach((spelling, fits) -> {
                if (fits.size() == 1) {
                    unique.put(spelling, fits.iterator().next());
                }
            });
            return Map.copyOf(unique);
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
