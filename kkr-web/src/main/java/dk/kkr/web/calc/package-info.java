/**
 * The calculation pages under {@code /beregninger}: a form per model, the result table and chart, CSV and XLSX, saved
 * calculations linked to items; and {@code POST /api/calc}.
 */
package dk.kkr.web.calc;
