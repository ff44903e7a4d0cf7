package dk.kkr.core.calc;

import java.util.List;
import java.util.Map;

/**
 * One calculation model: pure code from an input table and parameters to a result whose every step is
 * explained in Danish. Implementations are stateless and thread-safe.
 */
public interface CalcModel {

    /** The name used on the command line and in the registry, e.g. "weighted-key". */
    String name();

    /** One Danish sentence saying what the model computes. */
    String description();

    /** The parameters the model accepts, in the order forms should show them. */
    List<CalcParam> params();

    /**
     * Runs the model.
     *
     * @param params parameter values as written by the user (Danish or plain numbers); unknown names and
     *               missing required ones are errors, left-out ones take their defaults
     * @throws CalcException with a Danish message when input or parameters do not fit the model
     */
    CalcResult run(CalcInput input, Map<String, String> params);
}
