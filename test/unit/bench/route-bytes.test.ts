/** The parsers behind the byte budgets (test/e2e/budgets.test.ts), on small built-like inputs. */
import { describe, expect, test } from 'vitest';
import {
  dynamicImports, fontUrls, inlineStyles, moduleScripts, staticImports, stylesheetLinks,
} from '../../e2e/route-bytes';

describe('moduleScripts', () => {
  test('finds external and inline module scripts, not JSON data or classic scripts', () => {
    const html = `<script type="application/json" id="d">{"a":1}</script>
      <script type="module" src="/_astro/a.js"></script>
      <script src="/classic.js"></script>
      <script type=module>import "./b.js";</script>`;
    expect(moduleScripts(html)).toEqual([{ src: '/_astro/a.js' }, { inline: 'import "./b.js";' }]);
  });
});

describe('staticImports and dynamicImports', () => {
  const chunk = `import{a as b}from"./shared.js";import"./side.js";export*from'./re.js';
    const m=()=>import(\`./mount-map.x.js\`);const n=()=>import("./other.js");const from="./not-an-import.js";`;
  test('static imports include bare imports and re-exports, not import()', () => {
    expect(staticImports(chunk).sort()).toEqual(['./re.js', './shared.js', './side.js']);
  });
  test('dynamic imports are those loaded with import()', () => {
    expect(dynamicImports(chunk).sort()).toEqual(['./mount-map.x.js', './other.js']);
  });
  test('a property named import is not an import', () => {
    expect(staticImports('x.import"./a.js"')).toEqual([]);
  });
});

describe('stylesheets and fonts', () => {
  const html = `<link rel="preload" href="/_astro/f.woff2" as="font" crossorigin>
    <link rel="stylesheet" href="/_astro/s.css"><link rel=icon href=/favicon.svg>
    <noscript><style>.a{display:none}</style></noscript><style>@font-face{src:url(/_astro/g.woff2) format("woff2")}</style>`;
  test('linked stylesheets only', () => {
    expect(stylesheetLinks(html)).toEqual(['/_astro/s.css']);
  });
  test('fonts from preloads and @font-face, once each', () => {
    expect(fontUrls(html + html)).toEqual(['/_astro/f.woff2', '/_astro/g.woff2']);
  });
  test('inline styles, except those for browsers without JavaScript', () => {
    expect(inlineStyles(html)).toBe('@font-face{src:url(/_astro/g.woff2) format("woff2")}');
  });
});
