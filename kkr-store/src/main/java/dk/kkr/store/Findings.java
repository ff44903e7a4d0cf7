package dk.kkr.store;

import dk.kkr.core.extract.AmountMention;
import dk.kkr.core.extract.CaseIdMention;
import dk.kkr.core.extract.DateMention;
import dk.kkr.core.extract.DeadlineMention;
import dk.kkr.core.extract.DocIdMention;
import dk.kkr.core.extract.Entities;
import dk.kkr.core.extract.Mention;
import dk.kkr.core.extract.MunicipalityMention;
import dk.kkr.core.extract.OrganisationMention;
import dk.kkr.core.extract.PercentMention;
import dk.kkr.core.table.ColumnCheck;
import dk.kkr.core.table.Table;
import dk.kkr.core.table.TotalCheck;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was found in a file's text, as rows: its entity mentions and its tables with their total checks, each linked
 * to the innermost item and document that contain it. Written inside the caller's transaction, by the import and by
 * the writer of agendas made on the platform (which also deletes them before it writes them anew).
 */
final class Findings {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    Findings(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Writes the mentions and the tables found in source file {@code sourceFileId}'s text. */
    void write(long sourceFileId, Innermost documents, Innermost itemSpans, Entities entities, List<Table> tables) {
        insertMentions(sourceFileId, documents, itemSpans, entities);
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            insertTable(sourceFileId, documents.of(table.span()), itemSpans.of(table.span()), i + 1, table);
        }
    }

    /** Deletes what was found in source file {@code sourceFileId}'s text. */
    void delete(long sourceFileId) {
        jdbc.sql("DELETE FROM total_check WHERE table_id IN (SELECT id FROM text_table WHERE source_file_id = :file)")
                .param("file", sourceFileId).update();
        jdbc.sql("DELETE FROM text_table WHERE source_file_id = :file").param("file", sourceFileId).update();
        jdbc.sql("DELETE FROM entity_mention WHERE source_file_id = :file").param("file", sourceFileId).update();
    }

    /** The file's entity mentions, in one batch of statements. */
    private void insertMentions(long sourceFileId, Innermost documents, Innermost itemSpans, Entities entities) {
        List<Mention> mentions = entities.all();
        SqlParameterSource[] rows = new SqlParameterSource[mentions.size()];
        for (int i = 0; i < rows.length; i++) {
            Mention mention = mentions.get(i);
            rows[i] = new MapSqlParameterSource(mentionRow(sourceFileId, documents.of(mention.span()),
                    itemSpans.of(mention.span()), mention));
        }
        batches.batchUpdate("""
                INSERT INTO entity_mention (source_file_id, document_id, item_id, kind, text, value_text,
                                            value_number, date_start, date_end, qualifier,
                                            municipality_code, span_start, span_end)
                VALUES (:source, :document, :item, :kind, :text, :value, :number, :start, :end,
                        :qualifier, :municipality, :spanStart, :spanEnd)""", rows);
    }

    private static Map<String, Object> mentionRow(long sourceFileId, long documentId, Long itemId,
                                                  Mention mention) {
        Map<String, Object> params = new HashMap<>();
        params.put("source", sourceFileId);
        params.put("document", documentId);
        params.put("item", itemId);
        params.put("kind", MentionKind.of(mention).name());
        params.put("text", mention.text());
        params.put("value", null);
        params.put("number", null);
        params.put("start", null);
        params.put("end", null);
        params.put("qualifier", null);
        params.put("municipality", null);
        switch (mention) {
            case CaseIdMention m -> {
                params.put("value", m.caseId());
                params.put("qualifier", m.owner());
            }
            case DocIdMention m -> params.put("value", m.docId());
            case DateMention m -> putDate(params, m);
            case AmountMention m -> {
                params.put("number", m.kroner());
                params.put("qualifier", m.priceLevel());
            }
            case PercentMention m -> params.put("number", m.value());
            case MunicipalityMention m -> {
                params.put("value", m.municipality().name());
                params.put("municipality", m.municipality().code());
            }
            case OrganisationMention m -> params.put("value", m.canonicalName());
            case DeadlineMention m -> {
                putDate(params, m.date());
                params.put("qualifier", m.phrase());
            }
        }
        params.put("spanStart", mention.span().start());
        params.put("spanEnd", mention.span().end());
        return params;
    }

    /** A date's days; a date's own mention also keeps its precision, a deadline's keeps its cue word. */
    private static void putDate(Map<String, Object> params, DateMention date) {
        params.put("start", date.start());
        params.put("end", date.end());
        params.put("qualifier", date.precision().name());
    }

    private void insertTable(long sourceFileId, long documentId, Long itemId, int position, Table table) {
        Map<String, Object> params = new HashMap<>();
        params.put("source", sourceFileId);
        params.put("document", documentId);
        params.put("item", itemId);
        params.put("position", position);
        params.put("kind", table.kind().name());
        params.put("rows", table.rows().size());
        params.put("totalRow", table.total().map(TotalCheck::rowIndex).orElse(null));
        params.put("totalLabel", table.total().map(t -> table.rows().get(t.rowIndex()).label()).orElse(null));
        params.put("start", table.span().start());
        params.put("end", table.span().end());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO text_table (source_file_id, document_id, item_id, position, kind, row_count,
                                        total_row, total_label, span_start, span_end)
                VALUES (:source, :document, :item, :position, :kind, :rows, :totalRow, :totalLabel,
                        :start, :end)""").params(params).update(keys, "id");
        long tableId = keys.getKeyAs(Number.class).longValue();
        for (ColumnCheck column : table.total().map(TotalCheck::columns).orElse(List.of())) {
            Map<String, Object> check = new HashMap<>();
            check.put("table", tableId);
            check.put("column", column.column());
            check.put("header", column.column() < table.header().size() ? table.header().get(column.column()) : null);
            check.put("printed", column.printed());
            check.put("computed", column.computed());
            check.put("difference", column.difference());
            check.put("tolerance", column.tolerance());
            check.put("agrees", column.agrees());
            jdbc.sql("""
                            INSERT INTO total_check (table_id, column_no, header, printed, computed, difference,
                                                     tolerance, agrees)
                            VALUES (:table, :column, :header, :printed, :computed, :difference, :tolerance,
                                    :agrees)""")
                    .params(check).update();
        }
    }
}
