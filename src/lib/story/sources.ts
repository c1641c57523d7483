/**
 * The story's sources and map credits, listed at the end of every surface.
 * One place for this text; /data/ expands on it.
 */
export const REPORT = {
  title: 'News report from Cairo on the Rafah surrender-for-passage proposal',
  dated: '6–7 November 2025',
  note: 'Chapters cite its paragraphs as P1–P12.',
} as const;

/** The story's headline (the story's h1, the embeds' frame titles, oEmbed). */
export const STORY_TITLE = 'Egypt’s proposal for the Hamas fighters in Rafah';

export const STORY_DATE = '7 November 2025';

/** The attribution the map shows (MapLibre's attribution control). */
export const MAP_ATTRIBUTION =
  'Natural Earth (public domain) · © OpenStreetMap contributors (ODbL) · Places: Wikipedia · Boundaries approximate, no endorsement implied';

/**
 * The public facts used beside the report (shared/source/public-facts.md):
 * which reference work, which entries, and what the story uses them for.
 * /data/ shows them as a table; the credits list them as one line each.
 */
export const PUBLIC_FACT_SOURCES = [
  { work: 'Wikipedia', entries: ['Rafah Border Crossing', 'Rafah', 'Kerem Shalom border crossing', 'Gaza City'], usedFor: 'coordinates of the crossings and towns' },
  { work: 'Wikipedia', entries: ['Cairo', 'Doha', 'Ankara', 'Abu Dhabi', 'Washington, D.C.', 'Astana'], usedFor: 'coordinates of the capitals, for the distances and arcs' },
  { work: 'Hebrew Wikipedia', entries: ['Salah al-Din gate'], usedFor: 'the gate’s position, about 4 km west of the Rafah crossing (no published coordinates)' },
  { work: 'Wikipedia', entries: ['Gaza Strip', 'Gaza–Egypt border'], usedFor: 'area, size and border length, as checks on the computed figures' },
  { work: 'Wikipedia', entries: ['Philadelphi Route'], usedFor: 'length and width of the corridor' },
  { work: 'Wikipedia', entries: ['Rafah', 'Governorates of the Gaza Strip'], usedFor: 'area of Rafah governorate (about 64 km²), the size of the approximate Rafah area' },
  { work: 'Wikipedia', entries: ['Abraham Accords'], usedFor: 'members and the dates they signed' },
  { work: 'Wikipedia', entries: ['Israel–Kazakhstan relations'], usedFor: 'diplomatic relations since 10 April 1992' },
  { work: 'CIA World Factbook', entries: ['Gaza Strip'], usedFor: 'area and boundary lengths, as checks on the computed figures' },
] as const;

const quoted = (entries: readonly string[]) => entries.map((e) => `“${e}”`).join(', ');

export const PUBLIC_SOURCES = PUBLIC_FACT_SOURCES.map((s) => `${s.work}, ${quoted(s.entries)} (${s.usedFor})`);
