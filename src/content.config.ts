import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CHAPTER_IDS } from './model/ids';
import { chapterSchema } from './model/chapter-schema';

/**
 * The chapters of one language: src/content/chapters/<chapter-id>.md (English,
 * the source) or src/content/chapters/<lang>/<chapter-id>.md (a translation).
 * A file whose name is not a chapter id stops the build here, before any
 * page is rendered. '*.md' is not recursive, so each language is its own
 * collection, validated by the same schema.
 */
const chaptersIn = (folder: string) => defineCollection({
  loader: glob({
    pattern: '*.md',
    base: `./src/content/${folder}`,
    generateId: ({ entry }) => {
      const id = entry.replace(/\.md$/, '');
      if (!(CHAPTER_IDS as readonly string[]).includes(id)) {
        throw new Error(
          `src/content/${folder}/${entry}: the file name must be a chapter id; allowed: ${CHAPTER_IDS.join(', ')}`,
        );
      }
      return id;
    },
  }),
  schema: chapterSchema,
});

export const collections = { chapters: chaptersIn('chapters'), chaptersAr: chaptersIn('chapters/ar') };
