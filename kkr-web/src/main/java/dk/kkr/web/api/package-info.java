/**
 * The JSON API under {@code /api}, described as OpenAPI.
 */
package dk.kkr.web.api;
