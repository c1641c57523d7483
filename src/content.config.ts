import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CHAPTER_IDS } from './model/ids';
import { chapterSchema } from './model/chapter-schema';

/**
 * The ten chapters: src/content/chapters/<chapter-id>.md. A file whose name is
 * not a chapter id stops the build here, before any page is rendered.
 */
const chapters = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './src/content/chapters',
    generateId: ({ entry }) => {
      const id = entry.replace(/\.md$/, '');
      if (!(CHAPTER_IDS as readonly string[]).includes(id)) {
        throw new Error(
          `src/content/chapters/${entry}: the file name must be a chapter id; allowed: ${CHAPTER_IDS.join(', ')}`,
        );
      }
      return id;
    },
  }),
  schema: chapterSchema,
});

export const collections = { chapters };
