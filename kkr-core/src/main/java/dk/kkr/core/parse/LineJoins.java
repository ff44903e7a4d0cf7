package dk.kkr.core.parse;

/** Whether a line of text plainly goes on from the one before it: the rule reflowing and furniture share. */
final class LineJoins {

    private LineJoins() {
    }

    /** Whether line {@code b} plainly goes on from line {@code a}: after a hyphen, or unfinished into lower case. */
    static boolean runsOn(String a, String b) {
        return hyphenated(a) || !endsSentence(a) && Character.isLowerCase(b.codePointAt(0));
    }

    /** Whether a text ends in a hyphen right after a letter or digit (not a dash standing apart). */
    static boolean hyphenated(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2));
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':';
    }
}
