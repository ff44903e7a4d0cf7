package dk.kkr.store.migration;

import dk.kkr.core.dedup.Fingerprint;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** Fills {@code fingerprint_band} (V7) for the files stored before it, from their stored fingerprints. */
public final class V8__FingerprintBandsOfStoredFiles extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement files = context.getConnection().createStatement();
             ResultSet rs = files.executeQuery("SELECT id, fingerprint FROM source_file WHERE fingerprint IS NOT NULL");
             PreparedStatement insert = context.getConnection().prepareStatement(
                     "INSERT INTO fingerprint_band (source_file_id, band_key) VALUES (?, ?)")) {
            while (rs.next()) {
                for (long key : Fingerprint.decode(rs.getString(2)).bandKeys()) {
                    insert.setLong(1, rs.getLong(1));
                    insert.setLong(2, key);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
