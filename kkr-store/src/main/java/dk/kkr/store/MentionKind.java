package dk.kkr.store;

import dk.kkr.core.extract.AmountMention;
import dk.kkr.core.extract.CaseIdMention;
import dk.kkr.core.extract.DateMention;
import dk.kkr.core.extract.DeadlineMention;
import dk.kkr.core.extract.DocIdMention;
import dk.kkr.core.extract.Mention;
import dk.kkr.core.extract.MunicipalityMention;
import dk.kkr.core.extract.OrganisationMention;
import dk.kkr.core.extract.PercentMention;

/** The kinds of entity mention, as stored in {@code entity_mention.kind}. */
public enum MentionKind {
    CASE_ID, DOC_ID, DATE, AMOUNT, PERCENT, MUNICIPALITY, ORGANISATION, DEADLINE;

    public static MentionKind of(Mention mention) {
        return switch (mention) {
            case CaseIdMention m -> CASE_ID;
            case DocIdMention m -> DOC_ID;
            case DateMention m -> DATE;
            case AmountMention m -> AMOUNT;
            case PercentMention m -> PERCENT;
            case MunicipalityMention m -> MUNICIPALITY;
            case OrganisationMention m -> ORGANISATION;
            case DeadlineMention m -> DEADLINE;
        };
    }
}
