/**
 * Reading input files from disk (build time, synchronous). Paths are
 * relative to the project root, which is where Astro and Vitest run.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { assertValid, type ValidationOptions } from './validate';

export const projectPath = (relative: string) => path.resolve(process.cwd(), relative);

export function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(projectPath(file), 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
}

/** A GeoJSON file, validated: throws GeoValidationError naming the file, feature and problem. */
export function readLayerFile(file: string, options: Omit<ValidationOptions, 'file'>): FeatureCollection {
  return assertValid(readJson(file), { ...options, file });
}
