/** Runs axe-core (WCAG 2.x A and AA rules, WCAG 2.2 included) in a page. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

// Evaluated through the DevTools protocol, which the page's Content Security
// Policy does not govern (a <script> tag added to the page would be refused).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page | Frame, exclude: string[] = [], include?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async ({ excluded, included }) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(
      { ...(included ? { include: [[included]] } : {}), exclude: excluded.map((s) => [s]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    );
  }, { excluded: exclude, included: include });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
