package dk.kkr.web.oparl;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/** Errors of the OParl endpoint as {@code {"error": "…"}} with the matching status. */
@RestControllerAdvice(assignableTypes = OparlController.class)
class OparlErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getReason() != null ? e.getReason() : e.getStatusCode().toString()));
    }
}
