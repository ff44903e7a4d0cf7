package dk.kkr.web.api;

import dk.kkr.core.text.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/** Errors of the JSON API as {@code {"error": "…"}} with the matching status. */
@RestControllerAdvice(assignableTypes = {ApiController.class, AgendaApiController.class})
class ApiErrors {

    /** A body that is no JSON of the expected shape. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error", Messages.text("api.badJson")));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(Map.of("error", e.getReason() != null ? e.getReason() : e.getStatusCode().toString()));
    }
}
