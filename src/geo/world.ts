/**
 * Natural Earth countries (world-atlas TopoJSON) as the `world` source's raw
 * features: catalog ids for the countries the story names, `iso-<numeric>`
 * for the rest. Natural Earth's Gaza polygon becomes its own feature,
 * `ne-gaza-strip`, marked `replacedBy: 'gaza-strip'`: its Egypt border is
 * about 2 km off, so the map hides it where the OpenStreetMap outline of the
 * `local` source takes over, but keeps it at world zooms so the land has no
 * hole there.
 */
import { bbox, polygon, rewind } from '@turf/turf';
import { clipPolygons } from './clip';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature as topoFeature } from 'topojson-client';
import type { FeatureId } from '../model/ids';
import type { BBox, GeoProperties } from './properties';

/** ISO 3166 numeric code → the catalog id and the story's English label. */
export const NAMED_COUNTRIES: Readonly<Record<string, { id: FeatureId; name: string }>> = {
  '818': { id: 'egypt', name: 'Egypt' },
  '376': { id: 'israel', name: 'Israel' },
  '634': { id: 'qatar', name: 'Qatar' },
  '792': { id: 'turkey', name: 'Turkey' },
  '784': { id: 'united-arab-emirates', name: 'United Arab Emirates' },
  '048': { id: 'bahrain', name: 'Bahrain' },
  '504': { id: 'morocco', name: 'Morocco' },
  '729': { id: 'sudan', name: 'Sudan' },
  '398': { id: 'kazakhstan', name: 'Kazakhstan' },
  '840': { id: 'united-states', name: 'United States' },
};

const PALESTINE = '275';
/** A box around the Gaza Strip: Natural Earth's Gaza polygon is the part of Palestine inside it. */
const GAZA_BOX: BBox = [34.1, 31.1, 34.7, 31.7];

const slug = (s: string) => s.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-');

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function asGeometry(polys: Position[][][]): Polygon | MultiPolygon {
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

const boxesIntersect = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The countries that reach into `extent`, clipped to it, as RFC 7946 features.
 */
export function worldCountries(topology: Topology, extent: BBox, source: string): FeatureCollection<Polygon | MultiPolygon, GeoProperties> {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const collection = topoFeature(topology, countries) as FeatureCollection<Polygon | MultiPolygon | null, { name: string }>;
  const features: Feature<Polygon | MultiPolygon, GeoProperties>[] = [];
  let gazaPart: Feature<Polygon | MultiPolygon, GeoProperties> | undefined;
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const code = f.id === undefined ? undefined : String(f.id);
    let polys = polygonsOf(f.geometry);
    const named = code === undefined ? undefined : NAMED_COUNTRIES[code];
    let name = named?.name ?? f.properties.name;
    let note: string | undefined;
    if (code === PALESTINE) {
      const inGaza = (rings: Position[][]) => boxesIntersect(bbox(polygon(rings)) as BBox, GAZA_BOX);
      const gaza = polys.filter(inGaza);
      if (gaza.length > 0) {
        gazaPart = {
          type: 'Feature',
          properties: {
            id: 'ne-gaza-strip', name: 'Gaza Strip', source, accuracy: 'generalised', approximate: false, iso: code, replacedBy: 'gaza-strip',
            note: "Natural Earth's Gaza polygon, about 2 km off at the Egypt border: for world zooms only; the local source's gaza-strip (OpenStreetMap) replaces it up close.",
          },
          geometry: rewind(asGeometry(gaza), { reverse: false, mutate: true }) as Polygon | MultiPolygon,
        };
      }
      polys = polys.filter((rings) => !inGaza(rings));
      name = 'West Bank';
      note = "Natural Earth's Palestine without its Gaza part (feature ne-gaza-strip).";
    }
    if (polys.length === 0) continue;
    // Clipped here, before validation: Natural Earth has defects outside the
    // story's extent (Chukotka's rings cross themselves near the antimeridian)
    // that must not fail the build, while defects inside it must.
    polys = clipPolygons(polys.filter((rings) => boxesIntersect(bbox(polygon(rings)) as BBox, extent)), extent);
    if (polys.length === 0) continue;
    const geometry = asGeometry(polys);
    // world-atlas follows d3's convention (outer rings clockwise); RFC 7946 wants the reverse.
    rewind(geometry, { reverse: false, mutate: true });
    // Some Natural Earth units (e.g. Kosovo, Northern Cyprus) have no ISO code.
    const id = named?.id ?? (code !== undefined ? `iso-${code}` : `ne-${slug(f.properties.name)}`);
    const properties: GeoProperties = { id, name, source, accuracy: 'generalised', approximate: false };
    if (note) properties.note = note;
    if (code !== undefined) properties.iso = code;
    features.push({ type: 'Feature', properties, geometry });
  }
  if (gazaPart) features.push(gazaPart);
  return { type: 'FeatureCollection', features };
}
