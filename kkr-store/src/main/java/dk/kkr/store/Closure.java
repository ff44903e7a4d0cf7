package dk.kkr.store;

import dk.kkr.core.text.Messages;

/**
 * Whether material is closed (lukket) and, if so, the two things Danish practice asks for when closing it: a
 * public title that names the subject precisely enough for a citizen to know what it is about, and the legal
 * basis (hjemmel) for closing it.
 */
public record Closure(boolean closed, String publicTitle, String legalBasis) {

    /** Open material: everyone reads it. */
    public static final Closure OPEN = new Closure(false, null, null);

    /** Longest public title or legal basis stored. */
    public static final int MAX_LENGTH = 500;

    public Closure {
        if (closed && (blank(publicTitle) || blank(legalBasis))) {
            throw new IllegalArgumentException(Messages.text("closure.incomplete"));
        }
        if (closed && (publicTitle.strip().length() > MAX_LENGTH || legalBasis.strip().length() > MAX_LENGTH)) {
            throw new IllegalArgumentException(Messages.text("closure.tooLong", MAX_LENGTH));
        }
        publicTitle = closed ? publicTitle.strip() : null;
        legalBasis = closed ? legalBasis.strip() : null;
    }

    /** Closed, with its public title and legal basis (neither may be blank). */
    public static Closure closed(String publicTitle, String legalBasis) {
        return new Closure(true, publicTitle, legalBasis);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
