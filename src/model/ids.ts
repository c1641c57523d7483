/**
 * The closed sets the story is allowed to name: chapter ids, map layers,
 * map features and charts. Chapters are validated against these enums, so a
 * typo in a chapter's frontmatter stops the build with the list of what is
 * allowed. This is the one place these ids are spelled out.
 */

/** Chapter ids in story order (a public contract: DESIGN.md). */
export const CHAPTER_IDS = [
  'proposal',
  'rafah',
  'ceasefire',
  'the-200',
  'the-deal',
  'next-phase',
  'international-force',
  'border-security',
  'abraham-accords',
  'open-questions',
] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

/**
 * Map layers a chapter can show. Each is a group of MapLibre style layers
 * drawn from one GeoJSON source; the base map (sea, land, country borders)
 * is always on and is not listed here.
 */
export const LAYER_IDS = [
  'gaza', //             the Gaza Strip outline
  'governorates', //     the five governorates of the Gaza Strip, quiet boundaries
  'rafah-governorate', // Rafah governorate (geoBoundaries), the fighters' area
  'egypt-gaza-border', //the Egypt–Gaza border line
  'philadelphi', //      the Philadelphi corridor, approximate
  'crossings', //        Rafah crossing, Kerem Shalom, Salah al-Din gate
  'places', //           towns: Gaza City, Deir al-Balah, Khan Younis, Rafah; El Arish in Egypt
  'force-members', //    Egypt, Qatar, Turkey, United Arab Emirates
  'capitals', //         capitals of the force members, Washington, Astana
  'arcs', //             great-circle arcs from capitals to Gaza
  'accords-members', //  Abraham Accords members and Kazakhstan
  'israel-egypt', //     Israel and Egypt, the two neighbours of the Rafah story
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Every feature a chapter can fit the map to or highlight. */
export const FEATURE_IDS = [
  // countries (Natural Earth 50m)
  'egypt', 'israel', 'qatar', 'turkey', 'united-arab-emirates', 'bahrain',
  'morocco', 'sudan', 'kazakhstan', 'united-states',
  // Gaza and Rafah (OpenStreetMap-derived outline and hand-set points)
  'gaza-strip', 'egypt-gaza-border', 'philadelphi-corridor',
  // the Gaza Strip's governorates (geoBoundaries, clipped to the OpenStreetMap outline)
  'north-gaza-governorate', 'gaza-governorate', 'deir-al-balah-governorate', 'khan-yunis-governorate', 'rafah-governorate',
  'rafah-crossing', 'kerem-shalom-crossing', 'salah-al-din-gate',
  'rafah', 'gaza-city', 'khan-yunis', 'deir-al-balah', 'el-arish',
  // capitals
  'cairo', 'doha', 'ankara', 'abu-dhabi', 'washington', 'astana',
  // great-circle arcs from a capital to Gaza
  'arc-cairo', 'arc-doha', 'arc-ankara', 'arc-abu-dhabi', 'arc-washington', 'arc-astana',
] as const;
export type FeatureId = (typeof FEATURE_IDS)[number];

/**
 * The features each layer draws. A feature may sit in several layers (the
 * United Arab Emirates is both a likely force member and an Accords member).
 */
export const LAYER_FEATURES = {
  gaza: ['gaza-strip'],
  governorates: ['north-gaza-governorate', 'gaza-governorate', 'deir-al-balah-governorate', 'khan-yunis-governorate', 'rafah-governorate'],
  'rafah-governorate': ['rafah-governorate'],
  'egypt-gaza-border': ['egypt-gaza-border'],
  philadelphi: ['philadelphi-corridor'],
  crossings: ['rafah-crossing', 'kerem-shalom-crossing', 'salah-al-din-gate'],
  places: ['gaza-city', 'deir-al-balah', 'khan-yunis', 'rafah', 'el-arish'],
  'force-members': ['egypt', 'qatar', 'turkey', 'united-arab-emirates'],
  capitals: ['cairo', 'doha', 'ankara', 'abu-dhabi', 'washington', 'astana'],
  arcs: ['arc-cairo', 'arc-doha', 'arc-ankara', 'arc-abu-dhabi', 'arc-washington', 'arc-astana'],
  'accords-members': ['israel', 'united-arab-emirates', 'bahrain', 'morocco', 'sudan', 'kazakhstan'],
  'israel-egypt': ['israel', 'egypt'],
} as const satisfies Record<LayerId, readonly FeatureId[]>;

/**
 * Layers that draw only the features a chapter names, not every feature they
 * hold: the force's map shows the force members' arcs, not Astana's, and the
 * Abraham Accords map only Astana's. A chapter names an arc by highlighting
 * it, and a capital by highlighting it or the arc that ends at it.
 */
export const NAMED_ONLY_LAYERS: ReadonlySet<LayerId> = new Set<LayerId>(['capitals', 'arcs']);

/** The capital each arc starts from (the arcs run from a capital to Gaza City). */
export const ARC_CAPITAL = {
  'arc-cairo': 'cairo',
  'arc-doha': 'doha',
  'arc-ankara': 'ankara',
  'arc-abu-dhabi': 'abu-dhabi',
  'arc-washington': 'washington',
  'arc-astana': 'astana',
} as const satisfies Record<(typeof LAYER_FEATURES)['arcs'][number], FeatureId>;

/**
 * The features a shown layer draws in a chapter with these highlights: all
 * of the layer's features, or for a NAMED_ONLY layer those the chapter names.
 * The live map's director, the static maps and the map in words all use it.
 */
export function drawnFeatures(layer: LayerId, highlight: readonly FeatureId[]): FeatureId[] {
  const all = LAYER_FEATURES[layer] as readonly FeatureId[];
  if (!NAMED_ONLY_LAYERS.has(layer)) return [...all];
  const named = new Set<FeatureId>(highlight);
  for (const id of highlight) if (id in ARC_CAPITAL) named.add(ARC_CAPITAL[id as keyof typeof ARC_CAPITAL]);
  return all.filter((id) => named.has(id));
}

/** Charts a chapter may carry (built in src/charts/). */
export const CHART_IDS = ['timeline', 'personnel', 'force', 'distances'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/**
 * The GeoJSON sources the map data is served as (/data/layers/<source>.geojson):
 * built by src/geo/layers.ts, loaded by the live map's style.
 */
export const SOURCE_IDS = ['world', 'local', 'lines', 'points', 'arcs'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Paragraphs of the source report (shared/source/article.md). */
export const PARAGRAPH_IDS = [
  'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10', 'P11', 'P12',
] as const;
export type ParagraphId = (typeof PARAGRAPH_IDS)[number];
