package dk.kkr.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();
    private static final String DANISH = "Fælles løsninger på tværs – Ærø, Ølstykke og Åbenrå";

    @Test
    void utf8PassesUntouched() throws Exception {
        TextDecoder.Decoded d = decoder.decode(DANISH.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(DANISH);
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void windows1252IsRecognisedWhenNotUtf8() throws Exception {
        TextDecoder.Decoded d = decoder.decode(DANISH.getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo(DANISH);
        assertThat(d.notes()).containsExactly("læst som Windows-1252");
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        byte[] body = DANISH.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(decoder.decode(bytes).text()).isEqualTo(DANISH);
    }

    @Test
    void doubleEncodedUtf8IsRepaired() throws Exception {
        String damaged = new String(DANISH.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(damaged).contains("Ã¦");
        TextDecoder.Decoded d = decoder.decode(damaged.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(DANISH);
        assertThat(d.notes()).contains("dobbelt-kodet UTF-8 rettet");
    }

    @ParameterizedTest
    @CsvSource({
            "fyrtã¥rn, fyrtårn",
            "FYRTÃ…RN, FYRTÅRN",
            "KÃ¸benhavn, København",
            "Ã˜konomi, Økonomi",
            "input â€“ og proces, input – og proces",
            "KL â€™s lÃ¦sning, KL ’s læsning"})
    void mojibakeVariants(String damaged, String expected) {
        assertThat(TextDecoder.repairDoubleEncoding(damaged)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"São Paulo", "Ã la carte", "Pris: 5 €", "Åbenrå", "Ølstykke-Stenløse", "café"})
    void cleanTextIsNotTouched(String clean) {
        assertThat(TextDecoder.repairDoubleEncoding(clean)).isEqualTo(clean);
    }

    @Test
    void binaryJunkIsRejected() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertThatThrownBy(() -> decoder.decode(junk))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("binært");
    }

    @Test
    void controlCharactersWithoutNulAreRejected() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            s.append((char) (1 + i % 8)).append("ab");
        }
        assertThatThrownBy(() -> decoder.decode(s.toString().getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("kontroltegn");
    }
}
