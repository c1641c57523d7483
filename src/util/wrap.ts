/**
 * Line breaking without a DOM. At build time there is no font to measure, so
 * widths are estimated from an average glyph width that errs wide for the
 * system sans-serif fonts the page uses; a line that is estimated too long is
 * broken early rather than overflowing the chart on a phone.
 */

/** Average advance of a glyph, in em, for regular and bold text. */
const EM_PER_CHAR = 0.57;
const EM_PER_CHAR_BOLD = 0.62;

export function estimateWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? EM_PER_CHAR_BOLD : EM_PER_CHAR);
}

/**
 * Breaks `text` at spaces into lines that fit `maxWidth`; a single long word
 * keeps its own line. A no-break space (U+00A0) holds two words together.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
