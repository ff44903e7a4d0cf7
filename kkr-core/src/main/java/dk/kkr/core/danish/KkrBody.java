package dk.kkr.core.danish;

/** One of the five KKRs: "KKR Hovedstaden" for the region "Region Hovedstaden"; slug for URLs. */
public record KkrBody(String name, String slug, String region) {
}
