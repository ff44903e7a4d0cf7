package dk.kkr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.store.Database;
import dk.kkr.store.access.AccountStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./kkr users …} as an administrator types it. */
class UsersCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cli = KkrMain.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return cli.execute(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void addListTokenAndRemove() {
        String data = dir.resolve("data").toString();
        assertThat(run("en lang nok adgangskode\n", "users", "add", "admin", "--role", "administrator",
                "--password-stdin", "--data", data)).isZero();
        assertThat(run("", "users", "add", "anne", "--role", "medlem", "--kkr", "hovedstaden", "--kkr", "sjaelland",
                "--email", "anne@example.dk", "--data", data)).isZero();
        assertThat(out.toString()).contains("Bruger oprettet: admin · administrator")
                .contains("Bruger oprettet: anne · medlem · hovedstaden, sjaelland · anne@example.dk (uden adgangskode)");

        out.getBuffer().setLength(0);
        assertThat(run("", "users", "list", "--data", data)).isZero();
        assertThat(out.toString().lines()).containsExactly("admin · administrator",
                "anne · medlem · hovedstaden, sjaelland · anne@example.dk");

        out.getBuffer().setLength(0);
        assertThat(run("", "users", "token", "anne", "--data", data)).isZero();
        assertThat(out.toString().strip()).startsWith("kkr_");
        out.getBuffer().setLength(0);
        assertThat(run("", "users", "token", "anne", "--revoke", "--data", data)).isZero();
        assertThat(out.toString()).contains("Nøgler tilbagekaldt: 1");

        out.getBuffer().setLength(0);
        assertThat(run("", "users", "totp", "anne", "--data", data)).isZero();
        Matcher address = Pattern.compile("otpauth://totp/KKR%20Platform%3Aanne\\?secret=([A-Z2-7]{32})&issuer=")
                .matcher(out.toString());
        assertThat(address.find()).as(out.toString()).isTrue();
        assertThat(out.toString()).contains("To-faktor-login slået til for anne", address.group(1));
        try (Database db = Database.open(Path.of(data), null, null, null)) {
            assertThat(new AccountStore(db.dataSource()).twoFactorSecret("anne")).hasValue(address.group(1));
        }
        assertThat(run("", "users", "totp", "anne", "--remove", "--data", data)).isZero();
        try (Database db = Database.open(Path.of(data), null, null, null)) {
            assertThat(new AccountStore(db.dataSource()).twoFactorSecret("anne")).isEmpty();
        }

        assertThat(run("", "users", "remove", "anne", "--data", data)).isZero();
        assertThat(run("", "users", "remove", "anne", "--data", data)).isEqualTo(2);
        assertThat(err.toString()).contains("FEJL: Der findes ingen bruger ved navn anne.");
    }

    @Test
    void refusalsAreOneDanishLineAndExitTwo() {
        String data = dir.resolve("data").toString();
        assertThat(run("kort\n", "users", "add", "bo", "--role", "medlem", "--kkr", "syddanmark", "--password-stdin",
                "--data", data)).isEqualTo(2);
        assertThat(run("", "users", "add", "bo", "--role", "borgmester", "--data", data)).isEqualTo(2);
        assertThat(run("", "users", "add", "bo", "--role", "sekretariat", "--data", data)).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "FEJL: Adgangskoden skal have mindst 12 tegn.",
                "FEJL: ukendt rolle borgmester: medlem, sekretariat eller administrator.",
                "FEJL: Et sekretariat skal have mindst én KKR (--kkr, f.eks. hovedstaden).");
        assertThat(run("", "users", "list", "--data", data)).isZero();
        assertThat(out.toString()).contains("Ingen brugere endnu");
    }
}
