// @ts-check
import { defineConfig } from 'astro/config';
import { getFigures } from './src/lib/geo/figures';
import { remarkFigures } from './src/lib/story/remark-figures';

const figureText = () =>
  Object.fromEntries(Object.values(getFigures()).map((f) => [f.id, f.display]));

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { remarkPlugins: [remarkFigures(figureText)] },
  // Local only: no telemetry, no dev toolbar.
  devToolbar: { enabled: false },
});
