/**
 * Saved calculations: a model's input, parameters and result, linked to the agenda items that decided them.
 */
package dk.kkr.store.calc;
