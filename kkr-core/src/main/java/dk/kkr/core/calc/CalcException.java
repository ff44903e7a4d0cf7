package dk.kkr.core.calc;

/**
 * A calculation that cannot be made: bad input, a bad parameter or numbers that do not fit the model.
 * The message is one line of Danish meant for the user; it names the line, column or parameter at fault.
 */
public class CalcException extends RuntimeException {
    public CalcException(String message) {
        super(message);
    }
}
