package dk.kkr.web.calc;

import dk.kkr.core.calc.CalcException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/** Errors of the calculation API as {@code {"error": "…"}}: a model's Danish message is a 400. */
@RestControllerAdvice(assignableTypes = CalcApiController.class)
class CalcApiErrors {

    @ExceptionHandler(CalcException.class)
    ResponseEntity<Map<String, String>> calculation(CalcException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(Map.of("error",
                e.getReason() != null ? e.getReason() : e.getStatusCode().toString()));
    }
}
