package dk.kkr.core.calc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a model computed: the parameters it ran with (defaults included), one row per municipality (or
 * other party, such as a region delivering a fixed number) with "kommune" first and the output columns
 * after it, the totals of the additive columns, and every step explained in plain Danish with its numbers.
 * Row values are {@link BigDecimal}, {@link String} or null. Immutable; order is kept everywhere.
 */
public record CalcResult(String model, Map<String, String> params, List<Map<String, Object>> rows,
                         Map<String, BigDecimal> total, List<String> steps) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    public CalcResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        List<Map<String, Object>> copied = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (!(row.get("kommune") instanceof String)) {
                throw new IllegalArgumentException("every row needs its 'kommune': " + row);
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            ordered.put("kommune", row.get("kommune"));
            ordered.putAll(row);
            copied.add(Collections.unmodifiableMap(ordered));
        }
        rows = List.copyOf(copied);
        total = Collections.unmodifiableMap(new LinkedHashMap<>(total));
        steps = List.copyOf(steps);
    }

    /** The row of a municipality (or other party) by its name as shown in the "kommune" column. */
    public Map<String, Object> row(String kommune) {
        return rows.stream().filter(r -> r.get("kommune").equals(kommune)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for " + kommune));
    }

    /** {"model", "params", "rows": [{"kommune", …}], "total", "steps": […]} on one line, numbers plain. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model);
        json.put("params", params);
        json.put("rows", rows);
        json.put("total", total);
        json.put("steps", steps);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a calculation result could not be written as JSON", e);
        }
    }
}
