/**
 * The read side for the OParl 1.1 endpoint: one row type per OParl object, paged and filtered by time, read for a
 * {@link dk.kkr.store.read.Viewer} under the rules of {@link dk.kkr.store.read.Visibility}.
 */
package dk.kkr.store.oparl;
