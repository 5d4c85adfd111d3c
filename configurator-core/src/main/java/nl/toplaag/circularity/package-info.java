/**
 * Circularity of modules and layouts: the Ellen MacArthur Foundation Material Circularity Indicator (MCI, 2015
 * methodology with the 2019 biological and energy-recovery terms, full LFI form), detachability
 * (losmaakbaarheid) after the DGBC method, and a combined product circularity index. Entry point:
 * {@link nl.toplaag.circularity.CircularityAssessor}. Method written out in {@code docs/circularity.md}.
 */
package nl.toplaag.circularity;
