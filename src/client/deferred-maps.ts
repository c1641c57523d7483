/**
 * The chapters' static maps come inside <noscript data-deferred-map="<id>">.
 * Without JavaScript the browser shows them as they are. With it, a
 * <noscript>'s content is only text to the parser: the ten maps (about
 * 100 KB of SVG, most of the story page) cost no parsing, style or layout
 * before the first paint, and blocked the main thread for most of the page's
 * Lighthouse TBT when they did. They become SVG here: each in its own idle
 * moment after the page has loaded, at once when a chapter needs its map for
 * the stage's poster, and all at once before printing.
 */
type Idle = (callback: () => void) => void;

const defaultIdle: Idle = (callback) =>
  window.requestIdleCallback ? window.requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(callback, 50);

export function createDeferredMaps(root: ParentNode = document, idle: Idle = defaultIdle) {
  const pending = new Map<string, Element>();
  for (const holder of root.querySelectorAll('noscript[data-deferred-map]')) {
    pending.set(holder.getAttribute('data-deferred-map')!, holder);
  }

  /** Turns chapter `id`'s map into SVG in its place (no-op once done). */
  const materialize = (id: string) => {
    const holder = pending.get(id);
    if (!holder) return;
    pending.delete(id);
    const template = document.createElement('template');
    template.innerHTML = holder.textContent ?? '';
    holder.replaceWith(template.content);
  };

  return {
    materialize,
    /** Every map now (before printing). */
    all() {
      for (const id of [...pending.keys()]) materialize(id);
    },
    /** One map per idle moment, in story order, until none is left. */
    inIdleTime() {
      const next = () => {
        const id = pending.keys().next().value;
        if (id === undefined) return;
        materialize(id);
        idle(next);
      };
      idle(next);
    },
  };
}
