package dk.kkr.store.access;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One account: its unique name, role, the slugs of the KKRs it is given (in slug order; empty for an administrator,
 * who has them all), e-mail address (may be null) and when it was created. Its password hash and tokens stay in
 * the store.
 */
public record Account(long id, String name, Role role, List<String> kkrs, String email, OffsetDateTime createdAt) {

    public Account {
        kkrs = List.copyOf(kkrs);
    }
}
