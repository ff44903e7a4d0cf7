package dk.kkr.store.read;

import java.time.OffsetDateTime;

/** A version of an agenda written on the platform, kept after its release: its number, when and by whom, its text. */
public record AgendaVersionView(int number, OffsetDateTime madeAt, String madeBy, String text) {
}
