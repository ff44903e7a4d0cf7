/**
 * The database migrations written in Java, for changes that need the road's own code (SQL migrations are in
 * {@code db/migration}); {@link dk.kkr.store.Database} runs both in version order.
 */
package dk.kkr.store.migration;
