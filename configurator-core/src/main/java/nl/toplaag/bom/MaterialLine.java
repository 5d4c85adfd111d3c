package nl.toplaag.bom;

import java.util.OptionalDouble;

/**
 * One material of one module type, summed over the placed instances.
 *
 * @param moduleTypeId the module type
 * @param material the material name from the catalogue
 * @param modules number of module instances (for galleries: metres of gallery / element width)
 * @param massKg total mass, kg
 * @param densityKgPerM3 density from the catalogue, kg/m³
 * @param volumeM3 total volume = mass / density, m³; empty when the density is not positive
 */
public record MaterialLine(String moduleTypeId, String material, double modules, double massKg,
    double densityKgPerM3, OptionalDouble volumeM3) {}
