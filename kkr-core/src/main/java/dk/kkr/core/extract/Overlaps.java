package dk.kkr.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Resolves candidates that overlap: the earliest wins, and of those starting together the longest. */
final class Overlaps {

    private Overlaps() {
    }

    static <M extends Mention> List<M> resolve(List<M> candidates) {
        List<M> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.<M>comparingInt(m -> m.span().start()).thenComparing(m -> -m.span().end()));
        List<M> kept = new ArrayList<>();
        int end = 0;
        for (M m : sorted) {
            if (m.span().start() >= end) {
                kept.add(m);
                end = m.span().end();
            }
        }
        return List.copyOf(kept);
    }
}
