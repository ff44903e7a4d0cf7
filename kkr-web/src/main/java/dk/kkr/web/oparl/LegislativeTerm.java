package dk.kkr.web.oparl;

import dk.kkr.core.text.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Danish municipal election term: four years from 1 January after the November election. The KKRs are
 * made up of the municipalities' mayors, so each KKR sits for these terms. Reference data.
 */
record LegislativeTerm(int startYear) {

    static final List<LegislativeTerm> ALL = List.of(new LegislativeTerm(2018), new LegislativeTerm(2022),
            new LegislativeTerm(2026));

    static Optional<LegislativeTerm> starting(int year) {
        return ALL.stream().filter(term -> term.startYear == year).findFirst();
    }

    String name() {
        return Messages.text("oparl.legislativeTerm", startYear, startYear + 3);
    }

    LocalDate startDate() {
        return LocalDate.of(startYear, 1, 1);
    }

    LocalDate endDate() {
        return LocalDate.of(startYear + 3, 12, 31);
    }
}
