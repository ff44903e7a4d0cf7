package dk.kkr.core.calc;

import dk.kkr.core.text.Messages;
import java.util.List;

/** The registry of the calculation models, by name. */
public final class CalcModels {

    private static final List<CalcModel> ALL = List.of(
            new WeightedKeyModel(),
            new ScaleModel(),
            new PerCapitaModel(),
            new ObjectiveFinancingModel(),
            new DeficitSharingModel(),
            new RateCheckModel(),
            new AuditModel());

    private CalcModels() {
    }

    /** All models, in the order of issue #6. */
    public static List<CalcModel> all() {
        return ALL;
    }

    /** The model of a name ("weighted-key"); an unknown name is an error listing the known ones. */
    public static CalcModel get(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new CalcException(Messages.text("calc.unknownModel", name,
                        String.join(", ", ALL.stream().map(CalcModel::name).toList()))));
    }
}
