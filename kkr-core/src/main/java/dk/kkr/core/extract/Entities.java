package dk.kkr.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entities found in one text, by kind, each list in text order. */
public record Entities(List<CaseIdMention> caseIds, List<DocIdMention> docIds, List<DateMention> dates,
                       List<AmountMention> amounts, List<PercentMention> percents,
                       List<MunicipalityMention> municipalities, List<OrganisationMention> organisations,
                       List<DeadlineMention> deadlines) {

    public Entities {
        caseIds = List.copyOf(caseIds);
        docIds = List.copyOf(docIds);
        dates = List.copyOf(dates);
        amounts = List.copyOf(amounts);
        percents = List.copyOf(percents);
        municipalities = List.copyOf(municipalities);
        organisations = List.copyOf(organisations);
        deadlines = List.copyOf(deadlines);
    }

    /** Every mention, in text order (a deadline and its date both appear). */
    public List<Mention> all() {
        List<Mention> all = new ArrayList<>();
        byKind().values().forEach(all::addAll);
        all.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return all;
    }

    /** The mentions by kind, named as in the parse JSON ("caseIds", "dates" …), in a fixed order. */
    public Map<String, List<? extends Mention>> byKind() {
        Map<String, List<? extends Mention>> kinds = new LinkedHashMap<>();
        kinds.put("caseIds", caseIds);
        kinds.put("docIds", docIds);
        kinds.put("dates", dates);
        kinds.put("amounts", amounts);
        kinds.put("percents", percents);
        kinds.put("municipalities", municipalities);
        kinds.put("organisations", organisations);
        kinds.put("deadlines", deadlines);
        return kinds;
    }
}
