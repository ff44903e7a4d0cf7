package dk.kkr.cli;

import dk.kkr.service.access.Passwords;
import dk.kkr.store.Database;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kkr users …}: the accounts that may log in. A refused change is one Danish line and exit 2. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Brugere, der kan logge ind: medlemmer og sekretariater af KKR'er og administratorer.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
                UsersCommand.Token.class})
public final class UsersCommand {

    /** What every users subcommand shares: the archive's accounts, and a refusal as one line and exit 2. */
    abstract static class OnAccounts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        /** The work, given the accounts and where to print; returns the exit code. */
        abstract int run(AccountStore accounts, PrintWriter out) throws IOException;

        @Override
        public final Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (Database db = storage.open()) {
                return run(new AccountStore(db.dataSource()), out);
            } catch (AccessException e) {
                spec.commandLine().getErr().println("FEJL: " + e.getMessage());
                return 2;
            } finally {
                out.flush();
                spec.commandLine().getErr().flush();
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Opretter en bruger.")
    static final class Add extends OnAccounts {
        @Parameters(index = "0", paramLabel = "NAVN", description = "Brugernavnet (bogstaver, tal, . _ @ -).")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLLE", description = "medlem, sekretariat eller administrator.")
        String role;

        @Option(names = "--kkr", paramLabel = "KORTNAVN", description = "En KKR, brugeren får adgang til (kan gentages), f.eks. hovedstaden.")
        List<String> kkrs = new ArrayList<>();

        @Option(names = "--email", paramLabel = "ADRESSE", description = "E-mailadresse.")
        String email;

        @Option(names = "--password-stdin", description = "Læs adgangskoden fra standard input (første linje).")
        boolean passwordStdin;

        @Override
        int run(AccountStore accounts, PrintWriter out) throws IOException {
            Role parsed = Role.ofDanish(role).orElseThrow(() -> new AccessException(
                    "ukendt rolle " + role + ": medlem, sekretariat eller administrator."));
            String hash = passwordStdin ? Passwords.hash(new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)).readLine()) : null;
            Account added = accounts.add(name, parsed, kkrs, email, hash);
            out.println("Bruger oprettet: " + describe(added) + (hash == null ? " (uden adgangskode)" : ""));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Viser brugerne.")
    static final class ListUsers extends OnAccounts {
        @Override
        int run(AccountStore accounts, PrintWriter out) {
            List<Account> all = accounts.list();
            all.forEach(a -> out.println(describe(a)));
            if (all.isEmpty()) {
                out.println("Ingen brugere endnu: opret den første med ./kkr users add NAVN --role administrator --password-stdin");
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Sletter en bruger og dens nøgler.")
    static final class Remove extends OnAccounts {
        @Parameters(index = "0", paramLabel = "NAVN")
        String name;

        @Override
        int run(AccountStore accounts, PrintWriter out) {
            accounts.remove(name);
            out.println("Bruger slettet: " + name);
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = {"Udsteder en personlig API-nøgle (vises kun denne ene gang), eller tilbagekalder brugerens nøgler.",
                    "Brug den som Authorization: Bearer NØGLE."})
    static final class Token extends OnAccounts {
        @Parameters(index = "0", paramLabel = "NAVN")
        String name;

        @Option(names = "--revoke", description = "Tilbagekald alle brugerens nøgler i stedet.")
        boolean revoke;

        @Override
        int run(AccountStore accounts, PrintWriter out) {
            out.println(revoke ? "Nøgler tilbagekaldt: " + accounts.revokeTokens(name) : accounts.newToken(name));
            return 0;
        }
    }

    private static String describe(Account a) {
        return a.name() + " · " + a.role().danish()
                + (a.kkrs().isEmpty() ? "" : " · " + String.join(", ", a.kkrs()))
                + (a.email() == null ? "" : " · " + a.email());
    }
}
