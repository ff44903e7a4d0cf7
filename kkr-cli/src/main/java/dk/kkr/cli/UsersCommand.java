package dk.kkr.cli;

import dk.kkr.core.text.Messages;
import dk.kkr.service.access.AccountsHandoff;
import dk.kkr.service.access.Passwords;
import dk.kkr.service.access.TwoFactor;
import dk.kkr.service.importing.ImportHandoff;
import dk.kkr.store.Database;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Accounts;
import dk.kkr.store.access.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./kkr users …}: the accounts that may log in. A refused change is one Danish line and exit 2. */
@Command(name = "users", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "KOMMANDO",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class,
                UsersCommand.Token.class, UsersCommand.TwoFactorLogin.class})
public final class UsersCommand {

    /**
     * What every users subcommand shares: the archive's accounts — through the running server when one owns the
     * archive ({@link AccountsHandoff}), else opened here — and a refusal as one line and exit 2.
     */
    abstract static class OnAccounts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage;

        /** The work, given the accounts and where to print; returns the exit code. */
        abstract int run(Accounts accounts, PrintWriter out) throws IOException;

        @Override
        public final Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try {
                Optional<ImportHandoff.Server> server = ImportHandoff.find(storage.dataDir())
                        .filter(s -> s.database().equals(storage.databaseName()));
                Optional<Accounts> handed = server.flatMap(AccountsHandoff::through);
                if (handed.isPresent()) {
                    return run(handed.get(), out);
                }
                server.ifPresent(gone -> ImportHandoff.withdraw(storage.dataDir(), gone));
                try (Database db = storage.open()) {
                    return run(new AccountStore(db.dataSource()), out);
                }
            } catch (AccessException e) {
                spec.commandLine().getErr().println(Messages.text("cli.error", e.getMessage()));
                return 2;
            } finally {
                out.flush();
                spec.commandLine().getErr().flush();
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends OnAccounts {
        @Parameters(index = "0", paramLabel = "NAVN", descriptionKey = "cli.users.name")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLLE", descriptionKey = "cli.users.role")
        String role;

        @Option(names = "--kkr", paramLabel = "KORTNAVN", descriptionKey = "cli.users.kkr")
        List<String> kkrs = new ArrayList<>();

        @Option(names = "--email", paramLabel = "ADRESSE", descriptionKey = "cli.users.email")
        String email;

        @Option(names = "--password-stdin", descriptionKey = "cli.users.passwordStdin")
        boolean passwordStdin;

        @Override
        int run(Accounts accounts, PrintWriter out) throws IOException {
            Role parsed = Role.ofDanish(role).orElseThrow(() -> new AccessException(
                    Messages.text("cli.users.unknownRole", role)));
            String hash = passwordStdin ? Passwords.hash(new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)).readLine()) : null;
            Account added = accounts.add(name, parsed, kkrs, email, hash);
            out.println(Messages.text(hash == null ? "cli.users.addedWithoutPassword" : "cli.users.added",
                    describe(added)));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers extends OnAccounts {
        @Override
        int run(Accounts accounts, PrintWriter out) {
            List<Account> all = accounts.list();
            all.forEach(a -> out.println(describe(a)));
            if (all.isEmpty()) {
                out.println(Messages.text("cli.users.none"));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static final class Remove extends OnAccounts {
        @Parameters(index = "0", paramLabel = "NAVN", descriptionKey = "cli.users.name")
        String name;

        @Override
        int run(Accounts accounts, PrintWriter out) {
            accounts.remove(name);
            out.println(Messages.text("cli.users.removed", name));
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true)
    static final class Token extends OnAccounts {
        @Parameters(index = "0", paramLabel = "NAVN", descriptionKey = "cli.users.name")
        String name;

        @Option(names = "--revoke", descriptionKey = "cli.users.revoke")
        boolean revoke;

        @Override
        int run(Accounts accounts, PrintWriter out) {
            out.println(revoke ? Messages.text("cli.users.revoked", accounts.revokeTokens(name))
                    : accounts.newToken(name));
            return 0;
        }
    }

    @Command(name = "totp", mixinStandardHelpOptions = true)
    static final class TwoFactorLogin extends OnAccounts {
        @Parameters(index = "0", paramLabel = "NAVN", descriptionKey = "cli.users.name")
        String name;

        @Option(names = "--remove", descriptionKey = "cli.users.totpRemove")
        boolean remove;

        @Override
        int run(Accounts accounts, PrintWriter out) {
            if (remove) {
                accounts.setTwoFactorSecret(name, null);
                out.println(Messages.text("cli.users.totpRemoved", name));
                return 0;
            }
            String secret = TwoFactor.newSecret();
            accounts.setTwoFactorSecret(name, secret);
            out.println(Messages.text("cli.users.totpSet", name));
            out.println(TwoFactor.appAddress(accounts.require(name).name(), secret));
            out.println(Messages.text("cli.users.totpSecret", secret));
            return 0;
        }
    }

    private static String describe(Account a) {
        return a.name() + " · " + a.role().danish()
                + (a.kkrs().isEmpty() ? "" : " · " + String.join(", ", a.kkrs()))
                + (a.email() == null ? "" : " · " + a.email());
    }
}
