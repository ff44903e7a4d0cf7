/**
 * The OParl 1.1 endpoint under {@code /oparl/v1.1/}: the objects, their paging and CORS.
 */
package dk.kkr.web.oparl;
