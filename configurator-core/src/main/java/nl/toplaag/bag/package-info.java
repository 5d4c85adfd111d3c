/**
 * Import of buildings from the 3D BAG (https://3dbag.nl), the national 3D building data set of the Netherlands by
 * tudelft3d and 3DGI (CC BY 4.0): {@link nl.toplaag.bag.CityJsonTiles} reads a tile (CityJSON 1.0, 1.1 or 2.0, or the
 * CityJSONSeq form) into {@link nl.toplaag.bag.BagBuilding}s, the measured values of each building;
 * {@link nl.toplaag.bag.BagImport} derives from one a Toplaag building file, or the reason it cannot, with every
 * value the 3D BAG does not hold taken from {@link nl.toplaag.bag.ImportAssumptions} and stated as assumed. A slab's
 * footprint gives one wing ({@code WingFit}), an L-shaped one two ({@code LFit}).
 *
 * <p>Coordinates are RD New (EPSG:28992) metres, heights metres above NAP in the tile and metres above ground in the
 * building file. Measured values are never mixed with assumed ones without saying which is which.
 */
package nl.toplaag.bag;
