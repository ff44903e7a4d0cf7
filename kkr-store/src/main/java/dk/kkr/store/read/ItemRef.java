package dk.kkr.store.read;

/** A link to an agenda item: its id, number and title. */
public record ItemRef(long id, String number, String title) {
}
