package dk.kkr.core.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a plain-text file into a string, whatever encoding it arrived in: UTF-8 (with or
 * without BOM), UTF-16 with BOM, or Windows-1252; then undoes double-encoded UTF-8 ("fyrtÃ¥rn" →
 * "fyrtårn"). Rejects binary content. Stateless and thread-safe.
 */
public final class TextDecoder {

    /** The result: the text and what was done to get it, for the user to see. */
    public record Decoded(String text, List<String> notes) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public Decoded decode(byte[] bytes) throws UnreadableSourceException {
        List<String> notes = new ArrayList<>();
        String text = decodeCharset(bytes, notes);
        rejectBinary(text);
        String repaired = repairDoubleEncoding(text);
        if (!repaired.equals(text)) {
            notes.add(Messages.text("source.note.doubleEncoded"));
        }
        return new Decoded(repaired, notes);
    }

    private static String decodeCharset(byte[] bytes, List<String> notes) throws UnreadableSourceException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            notes.add("UTF-16LE");
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            notes.add("UTF-16BE");
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8);
        } catch (UnreadableSourceException notUtf8) {
            notes.add(Messages.text("source.note.windows1252"));
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UnreadableSourceException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableSourceException(Messages.text("source.invalidCharset", charset.name()));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Binary files decode to text full of control characters; real documents have next to none. */
    private static void rejectBinary(String text) throws UnreadableSourceException {
        int sample = Math.min(text.length(), 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new UnreadableSourceException(Messages.text("source.binaryNul"));
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (sample > 0 && control * 100 > sample) {
            throw new UnreadableSourceException(Messages.text("source.binaryControl", control, sample));
        }
    }

    /**
     * Undoes UTF-8 that was decoded as Windows-1252 once too often ("Ã¥" → "å", "â€“" → "–"). A lead
     * character À–ô followed by the Windows-1252 glyphs of UTF-8 continuation bytes is re-encoded and
     * decoded as UTF-8; a sequence that does not decode to a valid character is left as it was. Text that
     * was lower-cased after the damage ("fyrtã¥rn") is handled by also trying the upper-case lead.
     */
    static String repairDoubleEncoding(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String fixed = null;
            int consumed = 0;
            if (c >= '\u00C2' && c <= '\u00F4' && i + 1 < text.length() && continuationByte(text.charAt(i + 1)) >= 0) {
                int needed = c <= '\u00DF' ? 1 : c <= '\u00EF' ? 2 : 3;
                fixed = redecode(text, i, c, needed);
                consumed = needed + 1;
                char upper = Character.toUpperCase(c);
                if (fixed == null && upper != c && upper >= '\u00C2' && upper <= '\u00DF') {
                    fixed = redecode(text, i, upper, 1);
                    consumed = 2;
                }
            }
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(fixed);
                i += consumed;
            } else {
                if (out != null) {
                    out.append(c);
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static String redecode(String text, int at, char lead, int continuations) {
        if (at + continuations >= text.length()) {
            return null;
        }
        byte[] utf8 = new byte[continuations + 1];
        utf8[0] = (byte) lead;
        for (int k = 1; k <= continuations; k++) {
            int b = continuationByte(text.charAt(at + k));
            if (b < 0) {
                return null;
            }
            utf8[k] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The byte 0x80–0xBF whose Windows-1252 (or Latin-1) glyph this is, or -1. */
    private static int continuationByte(char c) {
        if (c >= '\u0080' && c <= '\u00BF') {
            return c;
        }
        byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
        int v = b.length == 1 ? b[0] & 0xFF : -1;
        return v >= 0x80 && v <= 0xBF && c != '?' ? v : -1;
    }
}
