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
import java.util.function.Function;
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

    /** Runs {@code work} on the archive's accounts; an {@link AccessException} is one line on stderr and exit 2. */
    static int withAccounts(CommandSpec spec, StorageOptions storage, Function<AccountStore, Integer> work) {
        try (Database db = storage.open()) {
            return work.apply(new AccountStore(db.dataSource()));
        } catch (AccessException e) {
            spec.commandLine().getErr().println("FEJL: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Opretter en bruger.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

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
        public Integer call() throws IOException {
            Role parsed = Role.ofDanish(role).orElse(null);
            if (parsed == null) {
                spec.commandLine().getErr().println("FEJL: ukendt rolle " + role + ": medlem, sekretariat eller administrator.");
                spec.commandLine().getErr().flush();
                return 2;
            }
            String password = passwordStdin
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() : null;
            return withAccounts(spec, storage, accounts -> {
                String hash = password == null ? null : Passwords.hash(password);
                Account added = accounts.add(name, parsed, kkrs, email, hash);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Bruger oprettet: " + describe(added) + (hash == null ? " (uden adgangskode)" : ""));
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Viser brugerne.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Override
        public Integer call() {
            return withAccounts(spec, storage, accounts -> {
                PrintWriter out = spec.commandLine().getOut();
                List<Account> all = accounts.list();
                all.forEach(a -> out.println(describe(a)));
                if (all.isEmpty()) {
                    out.println("Ingen brugere endnu: opret den første med ./kkr users add NAVN --role administrator --password-stdin");
                }
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Sletter en bruger og dens nøgler.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Parameters(index = "0", paramLabel = "NAVN")
        String name;

        @Override
        public Integer call() {
            return withAccounts(spec, storage, accounts -> {
                if (!accounts.remove(name)) {
                    throw new AccessException("Der findes ingen bruger ved navn " + name + ".");
                }
                spec.commandLine().getOut().println("Bruger slettet: " + name);
                spec.commandLine().getOut().flush();
                return 0;
            });
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = {"Udsteder en personlig API-nøgle (vises kun denne ene gang), eller tilbagekalder brugerens nøgler.",
                    "Brug den som Authorization: Bearer NØGLE."})
    static final class Token implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        @Parameters(index = "0", paramLabel = "NAVN")
        String name;

        @Option(names = "--revoke", description = "Tilbagekald alle brugerens nøgler i stedet.")
        boolean revoke;

        @Override
        public Integer call() {
            return withAccounts(spec, storage, accounts -> {
                PrintWriter out = spec.commandLine().getOut();
                if (revoke) {
                    if (accounts.find(name).isEmpty()) {
                        throw new AccessException("Der findes ingen bruger ved navn " + name + ".");
                    }
                    out.println("Nøgler tilbagekaldt: " + accounts.revokeTokens(name));
                } else {
                    out.println(accounts.newToken(name));
                }
                out.flush();
                return 0;
            });
        }
    }

    private static String describe(Account a) {
        return a.name() + " · " + a.role().danish()
                + (a.kkrs().isEmpty() ? "" : " · " + String.join(", ", a.kkrs()))
                + (a.email() == null ? "" : " · " + a.email());
    }
}
