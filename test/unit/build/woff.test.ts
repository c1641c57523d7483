/** WOFF 1.0 unwrapped to the TrueType file resvg reads (the share images' typeface). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { woffToSfnt } from '../../../src/build/woff';

const fontFile = (name: string) => readFileSync(createRequire(import.meta.url).resolve(`@fontsource/source-sans-3/files/${name}`));

describe('woffToSfnt', () => {
  test('unwraps the page’s WOFF into a TrueType file with the same tables', () => {
    const woff = fontFile('source-sans-3-latin-700-normal.woff');
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour: 0x00010000 (TrueType) or 'OTTO'
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(ttf.length).toBe(woff.readUInt32BE(16)); // WOFF's header records the sfnt's total size
  });

  test('refuses WOFF2 with a message that says what to use', () => {
    expect(() => woffToSfnt(fontFile('source-sans-3-latin-700-normal.woff2'))).toThrow(/not a WOFF 1\.0 file.*use the \.woff file/);
  });
});
