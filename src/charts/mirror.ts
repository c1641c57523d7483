/**
 * A chart drawn left to right, mirrored for a right-to-left page: every
 * shape's position is reflected across the drawing's middle, and every text
 * is set right to left from the reflected point (so a label that started at
 * the left edge starts at the right edge; a centred one stays centred).
 * For charts whose direction carries no meaning but reading order (the unit
 * chart, the force, the distance bars, which then grow from the right).
 * Paths are left as they are: the charts' paths are symmetric (the force's
 * brace and arrow).
 */
const num = (n: number) => String(Math.round(n * 100) / 100);

export function mirrorSvg(svg: string, width: number): string {
  return svg.replace(/<(text|tspan|rect|circle|line)\b([^>]*)>/g, (_, tag: string, attrs: string) => {
    const get = (name: string) => {
      const m = new RegExp(`\\s${name}="([-\\d.]+)"`).exec(attrs);
      return m ? Number(m[1]) : undefined;
    };
    const set = (name: string, value: number) => {
      attrs = attrs.replace(new RegExp(`(\\s${name}=")[-\\d.]+(")`), `$1${num(value)}$2`);
    };
    if (tag === 'rect') {
      const x = get('x') ?? 0;
      const w = get('width');
      if (w !== undefined) {
        if (get('x') === undefined) attrs = attrs.replace(/\/?$/, (end) => ` x="${num(width - w)}"${end}`);
        else set('x', width - x - w);
      }
    } else if (tag === 'circle') {
      const cx = get('cx');
      if (cx !== undefined) set('cx', width - cx);
    } else if (tag === 'line') {
      for (const a of ['x1', 'x2']) {
        const v = get(a);
        if (v !== undefined) set(a, width - v);
      }
    } else {
      const x = get('x');
      if (x !== undefined) set('x', width - x);
      if (tag === 'text') attrs = attrs.replace(/\/?$/, (end) => ` direction="rtl"${end}`);
    }
    return `<${tag}${attrs}>`;
  });
}
