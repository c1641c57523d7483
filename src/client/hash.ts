/**
 * The URL hash names the chapter being read. Only known chapter ids are
 * accepted: anything else in the hash is ignored, never inserted anywhere.
 */
export function chapterFromHash<T extends string>(hash: string, ids: readonly T[]): T | undefined {
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return ids.find((id) => id === raw);
}

/** Replace (not push) the hash, so scrolling does not fill the history. */
export function writeHash(id: string): void {
  // The language switch lands on the same chapter (LangSwitch.astro).
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) a.hash = id;
  if (location.hash === `#${id}`) return;
  history.replaceState(history.state, '', `#${id}`);
}
