package dk.kkr.core.extract;

import dk.kkr.core.model.Span;
import dk.kkr.core.danish.Municipality;

/** One of the 98 municipalities, named in any of its forms ("Københavns Kommune", OCR-damaged "Kgbenhavn"). */
public record MunicipalityMention(Span span, String text, Municipality municipality) implements Mention {
}
