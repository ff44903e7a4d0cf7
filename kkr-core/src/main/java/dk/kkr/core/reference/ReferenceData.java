package dk.kkr.core.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reference data written from public facts: the five KKRs (one per region) and, later, the 98
 * municipalities. Immutable and thread-safe.
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
}
