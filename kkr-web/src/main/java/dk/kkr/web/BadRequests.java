package dk.kkr.web;

import dk.kkr.core.text.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A parameter of the wrong kind ("side=abc") or one that is missing gets a 400 with one Danish sentence naming
 * it, on every channel: JSON ({@code {"error": "…"}}) on the API, OParl and the feeds, the site's error page
 * elsewhere.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequests {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object wrongKind(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        boolean whole = type == int.class || type == long.class || type == Integer.class || type == Long.class;
        return answer(request, Messages.text(whole ? "badRequest.parameterInteger" : "badRequest.parameterValue",
                e.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, Messages.text("badRequest.parameterMissing", e.getParameterName()));
    }

    private static Object answer(HttpServletRequest request, String message) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.startsWith("/oparl/") || path.startsWith("/feeds/")) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("message", message);
        return page;
    }
}
