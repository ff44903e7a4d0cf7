package dk.kkr.core.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the words a repair may touch, with their offsets. Whitespace-separated chunks lose their
 * surrounding punctuation and are split at '/' and '-'. Left out, so never changed: URLs, e-mail
 * addresses, anything with a digit (numbers, case ids, dates), and lone symbols other than a lone
 * '|' that starts a sentence (an OCR'd "I"). A word broken by a hyphen at the end of a line is
 * joined with the first word of the next line. Thread-safe.
 */
final class WordSplitter {

    /**
     * A word: {@code text} is {@code original[start, end)}, or, for a word hyphenated across a line
     * break, the first half {@code [start, end)} followed by {@code [start2, end2)}.
     */
    record Word(String text, int start, int end, int start2, int end2, boolean sentenceStart) {
        boolean joined() {
            return start2 >= 0;
        }

        int firstLength() {
            return end - start;
        }
    }

    private static final Pattern URL_OR_MAIL = Pattern.compile(
            "(?i).*(https?://|www\\.|[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.[a-z]{2,}).*");
    private static final String LEADING = "\"'([{«»“”„‘’*•–—<";
    private static final String TRAILING = ".,;:!?)]}\"'»”’…*>";

    private record Piece(int start, int end, boolean sentenceStart, boolean hyphenAtLineEnd, boolean lineStart) { }

    List<Word> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        boolean lineStart = true;
        int newlines = 2;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    newlines++;
                    lineStart = true;
                    if (newlines >= 2) {
                        sentenceStart = true;
                    }
                }
                i++;
                continue;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int e = i;
            boolean atLineEnd = e >= n || text.charAt(e) == '\n' || restOfLineBlank(text, e);
            chunk(text, s, e, sentenceStart, lineStart, atLineEnd, pieces);
            char last = text.charAt(e - 1);
            sentenceStart = ".!?:".indexOf(last) >= 0;
            lineStart = false;
            newlines = 0;
        }
        return join(text, pieces);
    }

    private static boolean restOfLineBlank(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private void chunk(String text, int s, int e, boolean sentenceStart, boolean lineStart, boolean atLineEnd,
                       List<Piece> out) {
        String chunk = text.substring(s, e);
        boolean maybeAddress = chunk.indexOf('@') >= 0 || chunk.indexOf("://") >= 0 || chunk.indexOf("www.") >= 0;
        if (maybeAddress && URL_OR_MAIL.matcher(chunk).matches()) {
            return;
        }
        if (chunk.equals("|")) {
            int next = e;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            if (sentenceStart && next < text.length() && Character.isLowerCase(text.charAt(next))) {
                out.add(new Piece(s, e, true, false, lineStart));
            }
            return;
        }
        int cs = s;
        int ce = e;
        while (cs < ce && LEADING.indexOf(text.charAt(cs)) >= 0) {
            cs++;
        }
        while (ce > cs && TRAILING.indexOf(text.charAt(ce - 1)) >= 0) {
            ce--;
        }
        boolean first = true;
        int p = cs;
        while (p < ce) {
            int q = p;
            if (text.charAt(q) == '/' && q == cs && q + 1 < ce && Character.isLetter(text.charAt(q + 1))) {
                q++; // a leading slash may be a damaged capital (/E for Æ): keep it with its word
            }
            while (q < ce && text.charAt(q) != '/' && text.charAt(q) != '-') {
                q++;
            }
            boolean hyphen = q == ce - 1 && text.charAt(q) == '-' && atLineEnd && ce == e;
            if (q > p && isWord(text, p, q)) {
                out.add(new Piece(p, q, first && sentenceStart, hyphen, first && lineStart));
            }
            first = false;
            p = q + 1;
        }
    }

    private static boolean isWord(String text, int from, int to) {
        boolean letter = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static List<Word> join(String text, List<Piece> pieces) {
        List<Word> words = new ArrayList<>(pieces.size());
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            String first = text.substring(p.start(), p.end());
            if (p.hyphenAtLineEnd() && k + 1 < pieces.size()) {
                Piece next = pieces.get(k + 1);
                boolean nextLineStart = next.lineStart() && text.substring(p.end(), next.start()).indexOf('\n') >= 0;
                if (nextLineStart && Character.isLowerCase(text.charAt(next.start()))) {
                    words.add(new Word(first + text.substring(next.start(), next.end()),
                            p.start(), p.end(), next.start(), next.end(), p.sentenceStart()));
                    k++;
                    continue;
                }
            }
            words.add(new Word(first, p.start(), p.end(), -1, -1, p.sentenceStart()));
        }
        return words;
    }
}
