package dk.kkr.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Makes the 404 answer for an id the archive does not hold; the reason is Danish, for pages and API alike. */
public final class NotFound {

    private NotFound() {
    }

    public static ResponseStatusException of(String what, long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what + " " + id + " findes ikke");
    }
}
