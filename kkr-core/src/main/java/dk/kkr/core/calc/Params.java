package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import dk.kkr.core.danish.KkrBody;
import dk.kkr.core.danish.Municipality;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.core.text.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one run, checked against what the model declares and completed with defaults.
 * Numbers may be Danish or plain; the ambiguous "1.550" is read as Danish thousands, since the command
 * line and the forms are Danish. Lists separate their entries with ";" and pairs use ":"
 * ("antal_0_14:20;elever:5"), because "," is the Danish decimal comma.
 */
final class Params {

    private final String model;
    private final Map<String, String> values;

    private Params(String model, Map<String, String> values) {
        this.model = model;
        this.values = values;
    }

    /** Checks the given values against the model's declared parameters and fills in defaults. */
    static Params resolve(CalcModel model, Map<String, String> given) {
        Map<String, CalcParam> declared = new LinkedHashMap<>();
        model.params().forEach(p -> declared.put(p.name(), p));
        for (String name : given.keySet()) {
            if (!declared.containsKey(name)) {
                throw new CalcException(Messages.text("calc.param.unknown", model.name(), name,
                        String.join(", ", declared.keySet())));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (CalcParam p : declared.values()) {
            String value = given.get(p.name());
            if (value == null || value.isBlank()) {
                value = p.defaultValue();
            }
            if (value == null && p.required()) {
                throw new CalcException(Messages.text("calc.param.missingDescribed", model.name(), p.name(),
                        p.description()));
            }
            if (value != null) {
                values.put(p.name(), value.strip());
            }
        }
        return new Params(model.name(), Collections.unmodifiableMap(values));
    }

    /** The values in declared order, defaults included: what the result reports as its params. */
    Map<String, String> asMap() {
        return values;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new CalcException(Messages.text("calc.param.missing", model, name));
        }
        return value;
    }

    /** The value as written, or null when the parameter has none. */
    String textOrNull(String name) {
        return values.get(name);
    }

    BigDecimal decimal(String name) {
        return number(name, text(name));
    }

    /** A whole number, e.g. a number of places or whole kroner. */
    long whole(String name) {
        BigDecimal value = decimal(name);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new CalcException(Messages.text("calc.param.notWhole", name, text(name)));
        }
    }

    /** The entries of a ";"-separated list, stripped, empty entries left out. */
    List<String> list(String name) {
        if (!has(name)) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String entry : text(name).split(";")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    List<BigDecimal> decimals(String name) {
        return list(name).stream().map(entry -> number(name, entry)).toList();
    }

    /** "a:20;b:35" as an ordered map from name to number. */
    Map<String, BigDecimal> pairs(String name) {
        Map<String, BigDecimal> pairs = new LinkedHashMap<>();
        for (String entry : list(name)) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0) {
                throw new CalcException(Messages.text("calc.param.notPairs", name, entry));
            }
            String key = entry.substring(0, colon).strip();
            if (pairs.put(key, number(name, entry.substring(colon + 1))) != null) {
                throw new CalcException(Messages.text("calc.param.twice", name, key));
            }
        }
        return pairs;
    }

    /** The municipalities a ";"-separated list names, damaged spellings accepted. */
    List<Municipality> municipalities(String name) {
        return list(name).stream().map(entry -> municipality(name, entry)).distinct().toList();
    }

    static Municipality municipality(String param, String written) {
        return ReferenceData.municipalityTolerant(written).orElseThrow(() -> new CalcException(
                Messages.text("calc.param.notAMunicipality", param, written)));
    }

    /** A region by its name, ignoring case ("region hovedstaden" gives "Region Hovedstaden"). */
    static Optional<String> region(String written) {
        return ReferenceData.bodies().stream().map(KkrBody::region).filter(r -> r.equalsIgnoreCase(written.strip()))
                .findFirst();
    }

    private static BigDecimal number(String name, String written) {
        BigDecimal value = DanishNumbers.parseCell(written, DanishNumbers.Style.DANISH);
        if (value == null) {
            throw new CalcException(Messages.text("calc.param.notANumber", name, written.strip()));
        }
        return value;
    }
}
