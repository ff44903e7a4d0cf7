package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

/**
 * Something recognised in a text: where it stands ({@code span}, offsets into the text given to the
 * recogniser) and its exact surface form ({@code text}, equal to {@code span.of(source)}).
 */
public sealed interface Mention permits CaseIdMention, DocIdMention, DateMention, AmountMention, PercentMention,
        MunicipalityMention, OrganisationMention, DeadlineMention {

    Span span();

    String text();
}
