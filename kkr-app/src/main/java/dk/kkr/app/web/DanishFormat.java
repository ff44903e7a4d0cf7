package dk.kkr.app.web;

import dk.kkr.core.model.DocumentKind;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Danish wording for templates, used as {@code ${@da.date(…)}}. Null in, empty text out. */
@Component("da")
public class DanishFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** "7. september 2020". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "kl. 10:00". */
    public String time(LocalTime time) {
        return time == null ? "" : "kl. " + TIME.format(time);
    }

    /** The kind of a document as the documents name it: "Dagsorden", "Referat" … */
    public String kind(DocumentKind kind) {
        return switch (kind) {
            case AGENDA -> "Dagsorden";
            case MINUTES -> "Referat";
            case ANNEX_BUNDLE -> "Bilagssamling";
            case NOTE -> "Notat";
            case OTHER -> "Andet";
        };
    }
}
