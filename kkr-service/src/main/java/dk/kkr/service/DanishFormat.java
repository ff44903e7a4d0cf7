package dk.kkr.service;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.text.Messages;
import dk.kkr.store.AuthoredAgendas;
import dk.kkr.store.MentionKind;
import dk.kkr.store.access.AuditLog;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Danish wording of dates, times, amounts and kinds, the same on the web (templates use it as
 * {@code ${@da.date(…)}}) and at the command line. Null in, empty text out. Stateless.
 */
public class DanishFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.of("da"));

    /** "7. september 2020". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "kl. 10:00". */
    public String time(LocalTime time) {
        return time == null ? "" : Messages.text("format.time", TIME.format(time));
    }

    /** "7. december 2026 kl. 17:43:12", in Danish time. */
    public String moment(OffsetDateTime moment) {
        if (moment == null) {
            return "";
        }
        ZonedDateTime danish = moment.atZoneSameInstant(DENMARK);
        return Messages.text("format.moment", DATE.format(danish), SECONDS.format(danish));
    }

    /**
     * Where an agenda written on the platform is: "Kladde: kun sekretariatet ser den.", "Udsendt til medlemmerne;
     * offentliggøres 1. marts 2027 kl. 08:00:00." …
     */
    public String stage(AuthoredAgendas.Stage stage, OffsetDateTime publishAt) {
        return switch (stage) {
            case DRAFT -> Messages.text("stage.draft");
            case RELEASED -> publishAt == null ? Messages.text("stage.released")
                    : Messages.text("stage.scheduled", moment(publishAt));
            case PUBLISHED -> Messages.text("stage.published");
        };
    }

    /** What the audit log says was done: "Åbnede", "Importerede som lukket". */
    public String auditAction(AuditLog.Action action) {
        return Messages.text(switch (action) {
            case OPENED -> "audit.action.opened";
            case IMPORTED -> "audit.action.imported";
            case CLOSED -> "audit.action.closed";
            case DECIDED -> "audit.action.decided";
            case ANNEX_CLOSED -> "audit.action.annexClosed";
            case EXCLUDED -> "audit.action.excluded";
            case INCLUDED -> "audit.action.included";
        });
    }

    /** The kind of a document as the documents name it: "Dagsorden", "Referat" … */
    public String kind(DocumentKind kind) {
        return Messages.text(switch (kind) {
            case AGENDA -> "kind.agenda";
            case MINUTES -> "kind.minutes";
            case ANNEX_BUNDLE -> "kind.annexBundle";
            case NOTE -> "kind.note";
            case OTHER -> "kind.other";
        });
    }

    /** "2.600.000" and "3,9": grouped by thousands with ".", decimals after ",", as many as the value has. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
        format.setMinimumFractionDigits(Math.max(value.scale(), 0));
        return format.format(value);
    }

    /** "2.600.000 kr.". */
    public String kroner(BigDecimal value) {
        return value == null ? "" : Messages.text("format.kroner", number(value));
    }

    /** "1. oktober 2020", or "1. marts 2024 – 31. marts 2024" for a stretch of days. */
    public String period(LocalDate start, LocalDate end) {
        return start == null || start.equals(end) ? date(start) : date(start) + " – " + date(end);
    }

    /** What an entity mention is, in a word: "Beløb", "Kommune", "Frist" … */
    public String mentionKind(MentionKind kind) {
        return Messages.text(switch (kind) {
            case CASE_ID -> "mention.caseId";
            case DOC_ID -> "mention.docId";
            case DATE -> "mention.date";
            case AMOUNT -> "mention.amount";
            case PERCENT -> "mention.percent";
            case MUNICIPALITY -> "mention.municipality";
            case ORGANISATION -> "mention.organisation";
            case DEADLINE -> "mention.deadline";
        });
    }
}
