/**
 * Small pieces of the maps' descriptions in words, shared by the map in
 * words of a chapter (build/map-description.ts) and the static map's own
 * accessible name (map/static/static-map.ts), so both speak alike.
 */

/** "A, B and C" (the separators in another language: "أ، ب وج"). */
export function listInWords(items: readonly string[], sep = ', ', last = ' and '): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${last}${items.at(-1)}`;
}

/** "Salah al-Din gate (highlighted, approximate)": a name with what is to be said of it. */
export function nameWithNotes(name: string, notes: readonly (string | false | undefined | null)[], sep = ', '): string {
  const said = notes.filter((n): n is string => Boolean(n));
  return said.length ? `${name} (${said.join(sep)})` : name;
}
