package dk.kkr.web;

import dk.kkr.core.text.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Makes the 404 answer for an id the archive does not hold; the reason is Danish, for pages and API alike: the
 * message {@code key} (in {@link Messages}) says what is missing, with the id in its place.
 */
public final class NotFound {

    private NotFound() {
    }

    public static ResponseStatusException of(String key, long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text(key, id));
    }
}
