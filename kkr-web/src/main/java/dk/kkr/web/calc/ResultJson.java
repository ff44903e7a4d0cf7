package dk.kkr.web.calc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.core.calc.CalcResult;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a result back from the JSON {@link CalcResult#toJson()} wrote, so a saved calculation is shown and
 * exported exactly as it was computed. Numbers come back as {@link BigDecimal} with the scale they were
 * written with (4527 stays 4527, 12.3400 stays 12.3400). Thread-safe.
 */
public final class ResultJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ResultJson() {
    }

    /** The result the JSON describes; JSON that is not a calculation result is an IllegalArgumentException. */
    @SuppressWarnings("unchecked")
    public static CalcResult parse(String json) {
        Map<String, Object> tree;
        try {
            tree = JSON.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a calculation result: " + e.getOriginalMessage(), e);
        }
        Map<String, String> params = new LinkedHashMap<>();
        ((Map<String, Object>) tree.get("params")).forEach((name, value) -> params.put(name, String.valueOf(value)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) tree.get("rows")) {
            Map<String, Object> values = new LinkedHashMap<>();
            row.forEach((column, value) -> values.put(column, value instanceof Number n ? decimal(n) : value));
            rows.add(values);
        }
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        ((Map<String, Object>) tree.get("total")).forEach((column, value) -> total.put(column, decimal((Number) value)));
        return new CalcResult((String) tree.get("model"), params, rows, total, (List<String>) tree.get("steps"));
    }

    private static BigDecimal decimal(Number number) {
        return switch (number) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            default -> BigDecimal.valueOf(number.longValue());
        };
    }
}
