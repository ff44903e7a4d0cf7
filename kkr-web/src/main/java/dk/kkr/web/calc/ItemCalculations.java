package dk.kkr.web.calc;

import dk.kkr.store.calc.CalculationStore;
import dk.kkr.store.calc.SavedCalculation;
import org.springframework.stereotype.Component;

import java.util.List;

/** The calculations linked to an agenda item, for the item page: {@code ${@itemCalculations.of(item.id)}}. */
@Component("itemCalculations")
public class ItemCalculations {

    private final CalculationStore store;

    ItemCalculations(CalculationStore store) {
        this.store = store;
    }

    public List<SavedCalculation> of(long itemId) {
        return store.byItem(itemId);
    }
}
