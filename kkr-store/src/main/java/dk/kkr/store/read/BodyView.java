package dk.kkr.store.read;

/** A body (one of the KKRs) with the number of meetings the archive holds for it. */
public record BodyView(long id, String name, String slug, String region, int meetingCount) {
}
