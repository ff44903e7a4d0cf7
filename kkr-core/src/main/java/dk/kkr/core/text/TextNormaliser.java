package dk.kkr.core.text;

import java.text.Normalizer;

/**
 * Gives every text the same line structure and character forms before parsing: LF line ends, no BOM,
 * composed characters (NFC: "a" + ring above becomes "å"), no-break and other odd spaces as plain
 * spaces, no form feeds. Words and lines are kept: line N of the result is line N of the input, apart
 * from old Mac files whose lone CR line ends become LF. Thread-safe.
 */
public final class TextNormaliser {

    public String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u200A') {
                out.append(' ');
            } else if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\f') {
                // soft hyphens, zero-width characters and page feeds carry nothing a reader sees
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
