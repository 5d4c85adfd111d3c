/** Building-code thresholds, as data with their sources. */
package nl.toplaag.code;
