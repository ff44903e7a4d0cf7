package dk.kkr.core.extract;

import java.util.List;

/**
 * Finds all kinds of entities in a text by running one recogniser per kind; deadlines reuse the dates found.
 * Building one loads the reference data and the organisation list; after that it holds no state that
 * changes, so one instance may serve many threads.
 */
public final class EntityExtractor {

    private final CaseIdRecogniser caseIds = new CaseIdRecogniser();
    private final DocIdRecogniser docIds = new DocIdRecogniser();
    private final DateRecogniser dates = new DateRecogniser();
    private final AmountRecogniser amounts = new AmountRecogniser();
    private final PercentRecogniser percents = new PercentRecogniser();
    private final MunicipalityRecogniser municipalities = new MunicipalityRecogniser();
    private final OrganisationRecogniser organisations = new OrganisationRecogniser();
    private final DeadlineRecogniser deadlines = new DeadlineRecogniser(dates);

    public Entities extract(String text) {
        List<DateMention> dateMentions = dates.recognise(text);
        return new Entities(caseIds.recognise(text), docIds.recognise(text), dateMentions, amounts.recognise(text),
                percents.recognise(text), municipalities.recognise(text), organisations.recognise(text),
                deadlines.recognise(text, dateMentions));
    }
}
