package dk.kkr.core.calc;

/**
 * A parameter a model declares: its name (as in {@code --param NAME=VALUE}), a Danish description for
 * forms and help texts, its default value (null when it has none) and whether it must be given.
 */
public record CalcParam(String name, String description, String defaultValue, boolean required) {

    /** A parameter that must be given. */
    public static CalcParam required(String name, String description) {
        return new CalcParam(name, description, null, true);
    }

    /** A parameter that may be left out; it then has no value. */
    public static CalcParam optional(String name, String description) {
        return new CalcParam(name, description, null, false);
    }

    /** A parameter that takes {@code defaultValue} when left out. */
    public static CalcParam withDefault(String name, String description, String defaultValue) {
        return new CalcParam(name, description, defaultValue, false);
    }
}
