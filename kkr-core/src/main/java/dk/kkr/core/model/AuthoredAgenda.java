package dk.kkr.core.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An agenda as a secretariat writes it on the platform, before it is text: its KKR ("KKR Hovedstaden"), the meeting's
 * date, time and place, and its entries in order. An entry is a group ("3. Regionalpolitiske sager", numbered by its
 * place among the groups) or an item of the group before it ("3.2", numbered by its place in the group). Numbers are
 * not stored here: they follow from the order.
 *
 * <p>Once the meeting is held and its minutes are released, the same agenda is written as its minutes
 * ({@code minutes}): with who attended ({@code attendees}, in order) and each item's decision as its "Beslutning"
 * section.
 */
public record AuthoredAgenda(String body, LocalDate date, LocalTime time, String place, List<Entry> entries,
                             boolean minutes, List<Attendee> attendees) {

    public AuthoredAgenda {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(date, "date");
        entries = List.copyOf(entries);
        attendees = List.copyOf(attendees);
        if (!entries.isEmpty() && !entries.getFirst().group()) {
            throw new IllegalArgumentException("an agenda starts with a group");
        }
    }

    /** An agenda, not yet minutes. */
    public AuthoredAgenda(String body, LocalDate date, LocalTime time, String place, List<Entry> entries) {
        this(body, date, time, place, entries, false, List.of());
    }

    /**
     * A person the secretariat records for the meeting: their name (with a title before it if the secretariat writes
     * one: "Borgmester Anne Holm"), their municipality's name or null, whether they were present (else they sent their
     * apologies: afbud), and the deputy who met in their place, or null.
     */
    public record Attendee(String name, String municipality, boolean present, String deputy) {
        public Attendee {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A group or an item: its title, case id and case owner (either may be null), its sections' texts by heading
     * (empty ones are left out), the titles of its annexes, and the day it was last changed after the agenda was
     * released to the members (null when it was not).
     */
    public record Entry(boolean group, String title, String caseId, String caseOwner, Map<String, String> sections,
                        List<String> annexes, LocalDate changedAfterRelease) {
        public Entry {
            Objects.requireNonNull(title, "title");
            sections = Map.copyOf(sections);
            annexes = List.copyOf(annexes);
        }

        /** An entry not changed after release. */
        public Entry(boolean group, String title, String caseId, String caseOwner, Map<String, String> sections,
                     List<String> annexes) {
            this(group, title, caseId, caseOwner, sections, annexes, null);
        }

        /** A group of the template, or an item with only a title. */
        public static Entry titled(boolean group, String title) {
            return new Entry(group, title, null, null, Map.of(), List.of());
        }
    }
}
