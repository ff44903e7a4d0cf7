package dk.kkr.store;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds which of a file's items (or documents) a span stands in: the innermost one whose span contains it
 * wholly, the shortest; of two equally long, the one added last, as a sub-item comes after its parent.
 */
final class Innermost {

    private record Container(Span span, long id) {
    }

    private final List<Container> containers = new ArrayList<>();

    void add(Span span, long id) {
        containers.add(new Container(span, id));
    }

    /** The id of the innermost container of {@code span}, or null when none contains it. */
    Long of(Span span) {
        Container best = null;
        for (Container c : containers) {
            if (c.span().start() <= span.start() && span.end() <= c.span().end()
                    && (best == null || c.span().length() <= best.span().length())) {
                best = c;
            }
        }
        return best == null ? null : best.id();
    }
}
