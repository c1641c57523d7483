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

export const PUBLIC_SOURCES = [
  'Wikipedia, “Rafah Border Crossing”, “Rafah”, “Kerem Shalom border crossing”, “Gaza City” (coordinates)',
  'Wikipedia, “Philadelphi Route” (length of the corridor)',
  'Wikipedia, “Abraham Accords” (members and dates)',
  'Wikipedia, “Israel–Kazakhstan relations” (diplomatic relations since 10 April 1992)',
  'CIA World Factbook, “Gaza Strip” (area and boundary lengths used as checks)',
] as const;
