package dk.kkr.core.model;

/**
 * A person a meeting's minutes name as attending, absent or assisting: "Borgmester Anne Holm, Vejle
 * Kommune". {@code role} is the title written before the name ("Borgmester", "Rådmand", "Direktør"), or
 * null; {@code municipality} is the canonical short name of the municipality named with the person
 * ("Vejle"), or null. {@code span} covers the whole entry as written.
 */
public record Participant(String name, String role, String municipality, Span span) {
}
