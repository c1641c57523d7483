/** Reads build-time data embedded in the page as <script type="application/json" id=…>. */
export function readJson<T>(id: string): T {
  const el = document.getElementById(id);
  if (!el?.textContent) throw new Error(`The page lacks its data block #${id}.`);
  return JSON.parse(el.textContent) as T;
}
