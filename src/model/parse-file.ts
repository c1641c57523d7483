/**
 * A content file checked against its schema: the first problem stops the
 * build with one line naming the file, the field and what is wrong
 * ("src/content/corrections.json: 0.date: …").
 */
import type { z } from 'astro/zod';

export function parseFile<S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return result.data;
}

/** A calendar date as ISO 8601 (YYYY-MM-DD) that exists (no 31 November). */
export const isIsoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
};
