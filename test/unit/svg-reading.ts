/**
 * Reading the SVG strings the builders return, without a DOM: enough to find
 * elements by tag and attribute and to read the text a reader would see.
 */

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  /** Markup between the start and end tag ('' for a self-closing element). */
  inner: string;
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[m[1]!] = decode(m[2] ?? '');
  return attrs;
}

/** Every element with this tag name (nested ones included), in document order. */
export function elements(svg: string, tag: string): Element[] {
  const out: Element[] = [];
  const open = new RegExp(`<${tag}(\\s[^>]*?)?(/?)>`, 'g');
  for (const m of svg.matchAll(open)) {
    const attrs = parseAttrs(m[1] ?? '');
    if (m[2] === '/') {
      out.push({ tag, attrs, inner: '' });
      continue;
    }
    // Find the matching end tag, counting nested elements of the same name.
    const start = (m.index ?? 0) + m[0].length;
    let depth = 1;
    const re = new RegExp(`<(/?)${tag}(?:\\s[^>]*?)?(/?)>`, 'g');
    re.lastIndex = start;
    let end = svg.length;
    for (let t = re.exec(svg); t; t = re.exec(svg)) {
      if (t[2] === '/') continue;
      depth += t[1] === '/' ? -1 : 1;
      if (depth === 0) { end = t.index; break; }
    }
    out.push({ tag, attrs, inner: svg.slice(start, end) });
  }
  return out;
}

/** Elements that carry an attribute (any tag). */
export function withAttr(svg: string, name: string): Element[] {
  const out: Element[] = [];
  for (const m of svg.matchAll(/<([a-zA-Z]+)(\s[^>]*?)?\/?>/g)) {
    const attrs = parseAttrs(m[2] ?? '');
    if (name in attrs) out.push({ tag: m[1]!, attrs, inner: '' });
  }
  return out;
}

/** The text content of markup (tags removed, entities decoded; lines of a <text> joined by a space). */
export function textOf(markup: string): string {
  return decode(markup.replace(/<\/tspan>(?=<tspan)/g, ' ').replace(/<[^>]+>/g, ''));
}

/** Every visible text of an SVG: the content of its <text> elements, one string each. */
export function visibleTexts(svg: string): string[] {
  return elements(svg, 'text').map((t) => textOf(t.inner));
}

/** Throws unless every start tag has its end tag, properly nested. */
export function assertWellFormed(markup: string): void {
  const stack: string[] = [];
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z]+)(?:\s[^>]*?)?(\/?)>/g)) {
    const [, closing, tag, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      const top = stack.pop();
      if (top !== tag) throw new Error(`</${tag}> closes <${top}> at ${m.index}`);
    } else {
      stack.push(tag!);
    }
  }
  if (stack.length) throw new Error(`unclosed: ${stack.join(', ')}`);
  if (/<(?![/a-zA-Z])|&(?!(amp|lt|gt|quot|#39);)/.test(markup)) throw new Error('unescaped < or & in markup');
}

export const num = (s: string | undefined) => Number(s);
