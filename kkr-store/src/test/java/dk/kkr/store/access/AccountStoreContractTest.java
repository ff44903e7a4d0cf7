package dk.kkr.store.access;

import dk.kkr.store.read.ArchiveFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the account store must do on any database; each subclass gives every test a fresh archive. */
abstract class AccountStoreContractTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T08:00:00Z"));
    private AccountStore accounts;

    abstract ArchiveFixture.Loaded archive();

    @BeforeEach
    void open() {
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        accounts = new AccountStore(archive().dataSource(), clock);
    }

    @Test
    void accountsHaveARoleTheirKkrsAndAnEmail() {
        accounts.add("sekr.hovedstaden", Role.SECRETARIAT, List.of("hovedstaden"), "sekr@kl.dk", "{bcrypt}x");
        accounts.add("borgmester", Role.MEMBER, List.of("syddanmark", "hovedstaden"), null, null);
        accounts.add("admin", Role.ADMINISTRATOR, List.of(), null, "{bcrypt}y");

        assertThat(accounts.list()).extracting(Account::name).containsExactly("admin", "borgmester", "sekr.hovedstaden");
        Account member = accounts.find("borgmester").orElseThrow();
        assertThat(member.role()).isEqualTo(Role.MEMBER);
        assertThat(member.kkrs()).containsExactly("hovedstaden", "syddanmark");
        assertThat(accounts.find("sekr.hovedstaden").orElseThrow().email()).isEqualTo("sekr@kl.dk");
        assertThat(accounts.passwordHash("admin")).contains("{bcrypt}y");
        assertThat(accounts.passwordHash("borgmester")).isEmpty();
    }

    @Test
    void refusesWhatCannotBeAnAccountInDanish() {
        accounts.add("anne", Role.MEMBER, List.of("sjaelland"), null, null);
        assertThatThrownBy(() -> accounts.add("anne", Role.MEMBER, List.of("sjaelland"), null, null))
                .isInstanceOf(AccessException.class).hasMessageContaining("findes allerede");
        assertThatThrownBy(() -> accounts.add("bo", Role.MEMBER, List.of("gotham"), null, null))
                .hasMessageContaining("ingen KKR med kortnavnet gotham");
        assertThatThrownBy(() -> accounts.add("bo", Role.SECRETARIAT, List.of(), null, null))
                .hasMessageContaining("mindst én KKR");
        assertThatThrownBy(() -> accounts.add("bo", Role.ADMINISTRATOR, List.of("sjaelland"), null, null))
                .hasMessageContaining("alle KKR'er");
        assertThatThrownBy(() -> accounts.add("bo og co", Role.MEMBER, List.of("sjaelland"), null, null))
                .hasMessageContaining("uden mellemrum");
        assertThat(accounts.list()).extracting(Account::name).containsExactly("anne");
    }

    @Test
    void fiveFailedLoginsInARowLockTheAccountForAQuarterOfAnHour() {
        accounts.add("anne", Role.MEMBER, List.of("sjaelland"), null, "{bcrypt}x");
        for (int i = 0; i < AccountStore.MAX_FAILED_LOGINS - 1; i++) {
            accounts.failedLogin("anne");
        }
        accounts.loggedIn("anne");
        for (int i = 0; i < AccountStore.MAX_FAILED_LOGINS - 1; i++) {
            accounts.failedLogin("anne");
        }
        assertThat(accounts.lockedUntil("anne")).as("a success starts the count again").isEmpty();
        accounts.failedLogin("anne");
        assertThat(accounts.lockedUntil("anne")).isPresent();
        now.set(now.get().plus(AccountStore.LOCK_OUT).plusSeconds(1));
        assertThat(accounts.lockedUntil("anne")).isEmpty();
    }

    @Test
    void tokensAreShownOnceStoredHashedAndRevocable() {
        accounts.add("anne", Role.MEMBER, List.of("sjaelland"), null, null);
        String first = accounts.newToken("anne");
        String second = accounts.newToken("anne");
        assertThat(first).startsWith("kkr_").isNotEqualTo(second).hasSizeGreaterThan(40);
        assertThat(accounts.byToken(first)).map(Account::name).contains("anne");
        assertThat(accounts.byToken(first.substring(0, first.length() - 1) + "x")).isEmpty();
        assertThat(accounts.byToken("anne")).isEmpty();

        assertThat(accounts.revokeTokens("anne")).isEqualTo(2);
        assertThat(accounts.byToken(first)).isEmpty();
        assertThat(accounts.byToken(second)).isEmpty();

        String third = accounts.newToken("anne");
        accounts.remove("anne");
        assertThat(accounts.byToken(third)).isEmpty();
        assertThatThrownBy(() -> accounts.remove("anne")).hasMessage("Der findes ingen bruger ved navn anne.");
        assertThatThrownBy(() -> accounts.newToken("anne")).isInstanceOf(AccessException.class);
        assertThatThrownBy(() -> accounts.revokeTokens("anne")).isInstanceOf(AccessException.class);
    }
}
