package dk.kkr.store.calc;

import dk.kkr.store.Durability;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved calculations: each with its inputs, so it can be shown and run again, and optionally linked to an
 * agenda item. The store keeps what it is given and computes nothing. Thread-safe.
 */
public final class CalculationStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
    };
    private static final String COLUMNS =
            "SELECT id, title, model, params, input_csv, result, created_at, agenda_item_id FROM calculation";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Durability durability;

    public CalculationStore(DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    /** As {@link #CalculationStore(DataSource)}, with the clock that stamps {@code created_at}. */
    public CalculationStore(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.durability = new Durability(dataSource);
    }

    /**
     * Saves a calculation.
     *
     * @param agendaItemId the agenda item to link it to, or null
     * @throws IllegalArgumentException when there is no agenda item with that id
     */
    public SavedCalculation save(String title, String model, Map<String, String> params, String inputCsv,
                                 String resultJson, Long agendaItemId) {
        requireItem(agendaItemId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO calculation (title, model, params, input_csv, result, created_at, agenda_item_id)
                        VALUES (:title, :model, :params, :input, :result, :created, :item)""")
                .param("title", title)
                .param("model", model)
                .param("params", toJson(params))
                .param("input", inputCsv)
                .param("result", resultJson)
                .param("created", OffsetDateTime.now(clock))
                .param("item", agendaItemId)
                .update(key, "id");
        durability.committed();
        return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    /** The calculation with this id, if there is one. */
    public Optional<SavedCalculation> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(ROW).optional();
    }

    /** The calculations linked to an agenda item, oldest first. */
    public List<SavedCalculation> byItem(long agendaItemId) {
        return jdbc.sql(COLUMNS + " WHERE agenda_item_id = :item ORDER BY id").param("item", agendaItemId).query(ROW).list();
    }

    /** The latest saved calculations, newest first, at most {@code limit}. */
    public List<SavedCalculation> latest(int limit) {
        return jdbc.sql(COLUMNS + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY").param("limit", limit).query(ROW).list();
    }

    /**
     * Links a calculation to an agenda item, or unlinks it when {@code agendaItemId} is null.
     *
     * @return false when there is no calculation with this id
     * @throws IllegalArgumentException when there is no agenda item with that id
     */
    public boolean link(long id, Long agendaItemId) {
        requireItem(agendaItemId);
        boolean linked = jdbc.sql("UPDATE calculation SET agenda_item_id = :item WHERE id = :id")
                .param("item", agendaItemId).param("id", id).update() == 1;
        durability.committed();
        return linked;
    }

    private void requireItem(Long agendaItemId) {
        if (agendaItemId != null && jdbc.sql("SELECT COUNT(*) FROM agenda_item WHERE id = :id")
                .param("id", agendaItemId).query(Long.class).single() == 0) {
            throw new IllegalArgumentException("there is no agenda item " + agendaItemId);
        }
    }

    private static final RowMapper<SavedCalculation> ROW = (rs, row) -> new SavedCalculation(rs.getLong("id"),
            rs.getString("title"), rs.getString("model"), fromJson(rs.getString("params")), rs.getString("input_csv"),
            rs.getString("result"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("agenda_item_id") == null ? null : rs.getLong("agenda_item_id"));

    private static String toJson(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parameters could not be written as JSON", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored parameters are not a JSON object of strings: " + json, e);
        }
    }
}
