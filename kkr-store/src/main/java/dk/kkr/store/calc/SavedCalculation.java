package dk.kkr.store.calc;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A calculation as saved: the model's name, the parameters as the user wrote them (in the model's order),
 * the input CSV as decoded text, the result as the model's JSON, when it was saved, and the agenda item
 * it is linked to (null when none).
 */
public record SavedCalculation(long id, String title, String model, Map<String, String> params, String inputCsv,
                               String resultJson, OffsetDateTime createdAt, Long agendaItemId) {

    public SavedCalculation {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
