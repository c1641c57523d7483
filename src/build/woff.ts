/**
 * WOFF (1.0) to the TrueType/OpenType file it wraps. The share images are
 * drawn by resvg, which reads only TTF/OTF files; the page's typeface is
 * self-hosted from @fontsource, which ships WOFF and WOFF2. WOFF 1.0 is the
 * sfnt's tables, each zlib-compressed, so node:zlib unwraps it exactly
 * (https://www.w3.org/TR/WOFF/): the images use the same glyphs the page does,
 * with no second copy of the font in the repository.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

const pad4 = (n: number) => (n + 3) & ~3;

/** The sfnt (TTF/OTF) inside a WOFF 1.0 file; throws on anything else (WOFF2 among them). */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < WOFF_HEADER || src.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new Error('woffToSfnt: not a WOFF 1.0 file (signature wOFF); WOFF2 needs Brotli and a table transform, use the .woff file');
  }
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const raw = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error(`woffToSfnt: table ${src.toString('latin1', at, at + 4)} is ${data.length} bytes, expected ${origLength}`);
    return { tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 16), data };
  });
  // The sfnt's binary-search fields (OpenType spec, "Table directory").
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  const out = Buffer.alloc(offset + tables.reduce((sum, t) => sum + pad4(t.data.length), 0));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}
