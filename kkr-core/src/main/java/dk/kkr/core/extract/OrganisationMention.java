package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

/** An organisation from the project's list ({@code organisations.txt}), by its canonical name. */
public record OrganisationMention(Span span, String text, String canonicalName) implements Mention {
}
