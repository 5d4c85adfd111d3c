/**
 * What limits a building's dwelling count: each limit of the building that the solver must respect (bearing-line
 * capacities, the foundation reserve, the area-load reserve, the extended stair cores on the walls beside them, the
 * zoning plan's height and storeys) and of the product line's modules (their fire resistance, how high they stack)
 * lifted one at a time, the load limits together, the line's own limits with the load limits and every limit
 * together, the building solved again, and the independent checker's words on what the layout found then needs of
 * the building as it is. Screening figures, as every structural result.
 */
package nl.toplaag.limits;
