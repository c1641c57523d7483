/** The routes of the built site, read from its index.html files: '/', '/handout/', … (used by the bench and the budget tests). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** @param {string} dist @returns {string[]} */
export function builtRoutes(dist) {
  /** @type {string[]} */
  const routes = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        routes.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return routes.sort();
}
