package dk.kkr.core.extract;

import java.util.List;

/**
 * Finds the mentions of one kind of entity in a text. Implementations are immutable and thread-safe; the
 * mentions come in text order and do not overlap one another.
 */
public interface EntityRecogniser<M extends Mention> {

    List<M> recognise(String text);
}
