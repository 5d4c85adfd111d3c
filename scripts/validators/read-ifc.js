// Usage: node read-ifc.js FILE.ifc
// Opens an IFC file with web-ifc and prints what it found as one JSON line (after the prefix "IFC-JSON "):
// the project, site (with its RefElevation), building (with its ElevationOfRefHeight) and storeys (with the names of
// the elements they contain and reference), the georeferencing (IfcMapConversion with its target CRS's name,
// description and vertical datum), the project's units (unit type -> "KILO GRAM", "METRE", ..., or the currency of its
// IfcMonetaryUnit), every IfcBuildingElementProxy, IfcSlab, IfcStair and IfcTransportElement with its class (type),
// GlobalId, Name, ObjectType, PredefinedType, Toplaag_Properties values (as web-ifc reads them: numbers for measures,
// integers and reals, booleans for IfcBoolean, strings for labels and texts) and each value's IFC type (propertyTypes,
// e.g. "IfcMassMeasure"), every property set by its name (propertySets: values, types and, for an
// IfcPropertyEnumeratedValue such as Status, the list of its values and its enumeration's name and values), its
// quantity set (quantities: the IfcElementQuantity's name as set, each quantity's value as values and IFC type as
// types, e.g. "IfcQuantityWeight"), the name of the whole it is a part of (partOf, by IfcRelAggregates; null where
// none) and the names of its parts (parts), triangle count, mesh volume (m3) and world bounding box from
// StreamAllMeshes, in web-ifc's Y-up frame (x = IFC x, y = IFC z, z = -IFC y), the spaces, the zones with their
// members, the type objects (IfcBuildingElementProxyType, IfcSlabType, IfcStairType, IfcTransportElementType) with
// their PredefinedType, their property sets (HasPropertySets, read as an element's), the names of the elements they
// type and of the context that declares them, the number of property sets and every GlobalId in the file.
// Exit 0 when the file opened, 1 on any error.
const fs = require('fs');
const WebIFC = require('web-ifc');

const val = (x) => (x === null || x === undefined ? null : (typeof x === 'object' && 'value' in x ? x.value : x));

(async () => {
  const api = new WebIFC.IfcAPI();
  await api.Init();
  const model = api.OpenModel(new Uint8Array(fs.readFileSync(process.argv[2])));
  const ids = (type) => {
    const v = api.GetLineIDsWithType(model, type);
    const out = [];
    for (let i = 0; i < v.size(); i++) out.push(v.get(i));
    return out;
  };
  const line = (id, flat = false) => api.GetLine(model, id, flat);
  // the names of the objects in field `related` of the relations of type `relType` whose field `relating` is `id`
  const relatedNames = (relType, relating, related, id) => {
    const names = [];
    for (const rid of ids(relType)) {
      const rel = line(rid, true);
      if (rel[relating].expressID === id) for (const o of rel[related]) names.push(val(o.Name));
    }
    return names;
  };
  const out = { schema: api.GetModelSchema(model), lines: api.GetAllLines(model).size() };

  const project = line(ids(WebIFC.IFCPROJECT)[0]);
  out.project = { name: val(project.Name), description: val(project.Description) };
  const site = line(ids(WebIFC.IFCSITE)[0]);
  out.site = { name: val(site.Name), refElevation: val(site.RefElevation) };
  const building = line(ids(WebIFC.IFCBUILDING)[0]);
  out.building = { id: building.expressID, name: val(building.Name), longName: val(building.LongName),
    elevationOfRefHeight: val(building.ElevationOfRefHeight) };
  out.storeys = ids(WebIFC.IFCBUILDINGSTOREY).map((id) => {
    const s = line(id);
    const contains = relatedNames(WebIFC.IFCRELCONTAINEDINSPATIALSTRUCTURE, 'RelatingStructure', 'RelatedElements', id);
    const references = relatedNames(WebIFC.IFCRELREFERENCEDINSPATIALSTRUCTURE, 'RelatingStructure', 'RelatedElements',
      id);
    return { name: val(s.Name), elevation: val(s.Elevation), contains, references };
  });
  out.mapConversion = ids(WebIFC.IFCMAPCONVERSION).map((id) => {
    const m = line(id, true);
    return { crs: val(m.TargetCRS.Name), crsDescription: val(m.TargetCRS.Description),
      verticalDatum: val(m.TargetCRS.VerticalDatum), eastings: val(m.Eastings), northings: val(m.Northings),
      orthogonalHeight: val(m.OrthogonalHeight), source: m.SourceCRS.constructor.name };
  });

  // the project's units: unit type -> prefix and name of an SI unit, or the currency of a monetary unit
  out.units = {};
  for (const u of line(project.UnitsInContext.value, true).Units) {
    if (u.Currency !== undefined) out.units.MONETARYUNIT = val(u.Currency);
    else out.units[val(u.UnitType)] = [val(u.Prefix), val(u.Name)].filter((x) => x).join(' ');
  }

  // a property set (flat): its name, each property's value (a single value's, or the list of an enumerated value's
  // values), its IFC type (the value's, e.g. "IfcBoolean", or "IfcPropertyEnumeratedValue") and, for an enumerated
  // value, its enumeration's name and values
  const readSet = (def) => {
    const set = { name: val(def.Name), values: {}, types: {}, enumerations: {} };
    for (const p of def.HasProperties) {
      const name = val(p.Name);
      if (p.EnumerationValues !== undefined) {
        set.values[name] = (p.EnumerationValues || []).map(val);
        set.types[name] = p.constructor.name;
        const e = p.EnumerationReference;
        if (e) set.enumerations[name] = { name: val(e.Name), values: (e.EnumerationValues || []).map(val) };
      } else {
        set.values[name] = val(p.NominalValue);
        set.types[name] = p.NominalValue ? p.NominalValue.constructor.name : null;
      }
    }
    return set;
  };

  // property sets by the object they describe: Toplaag_Properties' values and each value's IFC type (props, types),
  // and every set by its name (propertySetsOf)
  const propertySetsOf = {};
  const props = {};
  const types = {};
  const quantities = {};
  const psets = ids(WebIFC.IFCRELDEFINESBYPROPERTIES);
  for (const id of psets) {
    const rel = line(id, true);
    const def = rel.RelatingPropertyDefinition;
    if (def.Quantities !== undefined) {
      // an IfcElementQuantity: its name, and each quantity's value and IFC type (e.g. "IfcQuantityWeight")
      const q = { set: val(def.Name), values: {}, types: {} };
      for (const x of def.Quantities) {
        const v = [x.VolumeValue, x.AreaValue, x.WeightValue, x.LengthValue, x.CountValue].find((y) => y != null);
        q.values[val(x.Name)] = val(v);
        q.types[val(x.Name)] = x.constructor.name;
      }
      for (const o of rel.RelatedObjects) quantities[o.expressID] = q;
      continue;
    }
    const set = readSet(def);
    for (const o of rel.RelatedObjects) {
      (propertySetsOf[o.expressID] = propertySetsOf[o.expressID] || {})[set.name] = set;
      if (set.name === 'Toplaag_Properties') {
        props[o.expressID] = set.values;
        types[o.expressID] = set.types;
      }
    }
  }
  out.propertySets = ids(WebIFC.IFCPROPERTYSET).length;
  out.buildingProperties = props[building.expressID] || null;
  out.buildingPropertyTypes = types[building.expressID] || null;

  // meshes: world bounding box and signed volume per product
  const geo = {};
  api.StreamAllMeshes(model, (mesh) => {
    const g = geo[mesh.expressID] || (geo[mesh.expressID] =
      { min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity], volume: 0, triangles: 0 });
    for (let j = 0; j < mesh.geometries.size(); j++) {
      const pg = mesh.geometries.get(j);
      const geom = api.GetGeometry(model, pg.geometryExpressID);
      const v = api.GetVertexArray(geom.GetVertexData(), geom.GetVertexDataSize());
      const idx = api.GetIndexArray(geom.GetIndexData(), geom.GetIndexDataSize());
      const m = pg.flatTransformation; // column-major 4x4
      const world = (k) => [0, 1, 2].map((r) =>
        m[r] * v[6 * k] + m[4 + r] * v[6 * k + 1] + m[8 + r] * v[6 * k + 2] + m[12 + r]);
      for (let k = 0; k < v.length / 6; k++) {
        const p = world(k);
        for (let a = 0; a < 3; a++) { g.min[a] = Math.min(g.min[a], p[a]); g.max[a] = Math.max(g.max[a], p[a]); }
      }
      for (let t = 0; t < idx.length; t += 3) {
        const [a, b, c] = [world(idx[t]), world(idx[t + 1]), world(idx[t + 2])];
        // signed volume of the tetrahedron (origin, a, b, c): their sum is the closed mesh's volume
        g.volume += (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
          + a[2] * (b[0] * c[1] - b[1] * c[0])) / 6;
      }
      g.triangles += idx.length / 3;
      geom.delete();
    }
  });

  // aggregation: each object's whole (by IfcRelAggregates) and parts, by express id, as names
  const partOf = {};
  const partsOf = {};
  for (const rid of ids(WebIFC.IFCRELAGGREGATES)) {
    const rel = line(rid, true);
    for (const o of rel.RelatedObjects) {
      partOf[o.expressID] = val(rel.RelatingObject.Name);
      (partsOf[rel.RelatingObject.expressID] = partsOf[rel.RelatingObject.expressID] || []).push(val(o.Name));
    }
  }

  out.elements = [];
  const elementTypes = [[WebIFC.IFCBUILDINGELEMENTPROXY, 'IfcBuildingElementProxy'], [WebIFC.IFCSLAB, 'IfcSlab'],
    [WebIFC.IFCSTAIR, 'IfcStair'], [WebIFC.IFCTRANSPORTELEMENT, 'IfcTransportElement']];
  for (const [type, name] of elementTypes) {
    for (const id of ids(type)) {
      const e = line(id);
      out.elements.push({ type: name, globalId: val(e.GlobalId), name: val(e.Name), objectType: val(e.ObjectType),
        description: val(e.Description), predefinedType: val(e.PredefinedType), properties: props[id] || null,
        propertyTypes: types[id] || null, propertySets: propertySetsOf[id] || {}, quantities: quantities[id] || null,
        geometry: geo[id] || null, partOf: partOf[id] || null, parts: partsOf[id] || [] });
    }
  }
  out.spaces = ids(WebIFC.IFCSPACE).map((id) => {
    const s = line(id);
    return { name: val(s.Name), longName: val(s.LongName) };
  });
  out.zones = ids(WebIFC.IFCZONE).map((id) => {
    const z = line(id);
    const members = relatedNames(WebIFC.IFCRELASSIGNSTOGROUP, 'RelatingGroup', 'RelatedObjects', id);
    return { name: val(z.Name), objectType: val(z.ObjectType), members };
  });

  // type objects: each with the names of the elements it types and of the project that declares it
  out.types = [];
  const typeClasses = [[WebIFC.IFCBUILDINGELEMENTPROXYTYPE, 'IfcBuildingElementProxyType'],
    [WebIFC.IFCSLABTYPE, 'IfcSlabType'], [WebIFC.IFCSTAIRTYPE, 'IfcStairType'],
    [WebIFC.IFCTRANSPORTELEMENTTYPE, 'IfcTransportElementType']];
  for (const [type, name] of typeClasses) {
    for (const id of ids(type)) {
      const t = line(id);
      const propertySets = {};
      for (const s of line(id, true).HasPropertySets || []) propertySets[val(s.Name)] = readSet(s);
      const typed = relatedNames(WebIFC.IFCRELDEFINESBYTYPE, 'RelatingType', 'RelatedObjects', id);
      const declaredBy = [];
      for (const rid of ids(WebIFC.IFCRELDECLARES)) {
        const rel = line(rid, true);
        if (rel.RelatedDefinitions.some((d) => d.expressID === id)) declaredBy.push(val(rel.RelatingContext.Name));
      }
      out.types.push({ type: name, globalId: val(t.GlobalId), name: val(t.Name), description: val(t.Description),
        elementType: val(t.ElementType), predefinedType: val(t.PredefinedType), propertySets, typed, declaredBy });
    }
  }

  out.globalIds = [];
  const all = api.GetAllLines(model);
  for (let i = 0; i < all.size(); i++) {
    const l = line(all.get(i));
    if (l && l.GlobalId) out.globalIds.push(val(l.GlobalId));
  }
  api.CloseModel(model);
  console.log('IFC-JSON ' + JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
