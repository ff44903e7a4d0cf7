package dk.kkr.store;

import dk.kkr.core.text.Messages;

/**
 * Whether material is closed (lukket) and, if so, the two things Danish practice asks for when closing it: a
 * public title that names the subject precisely enough for a citizen to know what it is about, and the legal
 * basis (hjemmel) for closing it; and who closed it ({@code closedBy}, for the audit log: an account's name, or
 * the command line and its user).
 */
public record Closure(boolean closed, String publicTitle, String legalBasis, String closedBy) {

    /** Open material: everyone reads it. */
    public static final Closure OPEN = new Closure(false, null, null, null);

    /** Longest public title or legal basis stored. */
    public static final int MAX_LENGTH = 500;

    public Closure {
        if (closed && (blank(publicTitle) || blank(legalBasis))) {
            throw new IllegalArgumentException(Messages.text("closure.incomplete"));
        }
        if (closed && (publicTitle.strip().length() > MAX_LENGTH || legalBasis.strip().length() > MAX_LENGTH)) {
            throw new IllegalArgumentException(Messages.text("closure.tooLong", MAX_LENGTH));
        }
        if (closed && blank(closedBy)) {
            throw new IllegalArgumentException(Messages.text("closure.noActor"));
        }
        publicTitle = closed ? publicTitle.strip() : null;
        legalBasis = closed ? legalBasis.strip() : null;
        closedBy = closed ? closedBy.strip() : null;
    }

    /** Closed by {@code closedBy}, with its public title and legal basis (neither may be blank). */
    public static Closure closed(String publicTitle, String legalBasis, String closedBy) {
        return new Closure(true, publicTitle, legalBasis, closedBy);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
