package dk.kkr.core.danish;

/**
 * One of the 98 Danish municipalities: its official three-digit code (kommunekode), its short name as
 * used in "Københavns Kommune" ("København") and the region it lies in ("Region Hovedstaden").
 */
public record Municipality(int code, String name, String region) {

    public Municipality {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException("municipality code must have three digits: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("municipality " + code + " has no name");
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("municipality " + code + " has no region");
        }
    }

    /** The KKR of this municipality: the KKR of its region. */
    public KkrBody kkr() {
        return ReferenceData.bodyOfRegion(region)
                .orElseThrow(() -> new IllegalStateException("no KKR for region " + region));
    }
}
