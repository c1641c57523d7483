/**
 * The schema of a chapter's frontmatter. Every surface (story, slides,
 * handout, embeds) reads chapters through it, so a wrong field stops the
 * build with a message naming the file, the field and what is allowed.
 *
 * The chapter's id is its file name (src/content/chapters/<id>.md) and its
 * place in the story comes from CHAPTER_IDS; neither is repeated here.
 */
import { z } from 'astro/zod';
import {
  CHART_IDS,
  drawnFeatures,
  FEATURE_IDS,
  LAYER_FEATURES,
  LAYER_IDS,
  NAMED_ONLY_LAYERS,
  PARAGRAPH_IDS,
  type FeatureId,
  type LayerId,
} from './ids';
import { PUBLIC_SOURCE_IDS } from './credits';

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** An enum whose error lists every allowed value. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: () => `unknown ${what}; allowed: ${list(values)}` });
}

const range = (min: number, max: number, what: string) =>
  z
    .number({ error: () => `${what} must be a number from ${min} to ${max}` })
    .min(min, `${what} must be from ${min} to ${max}`)
    .max(max, `${what} must be from ${min} to ${max}`);

/** [longitude, latitude] in WGS 84 degrees. */
const lngLat = z.tuple([range(-180, 180, 'longitude'), range(-90, 90, 'latitude')], {
  error: () => 'must be [longitude, latitude] in degrees',
});

/**
 * Where the map looks. Either `fit` (the features to frame, the usual case:
 * the camera is computed from their bounds and the screen), or a fixed camera
 * `center` + `zoom`. Bearing and pitch apply to both.
 */
export const viewSchema = z
  .strictObject({
    /** Features to fit the map to; their combined bounds are framed. */
    fit: z.array(oneOf(FEATURE_IDS, 'feature')).min(1, 'fit needs at least one feature').optional(),
    /** Camera centre, when not fitting. */
    center: lngLat.optional(),
    /** Camera zoom, when not fitting (0 world … 22 street). */
    zoom: range(0, 22, 'zoom').optional(),
    /** Largest zoom a fit may reach (keeps a point from filling the screen). */
    maxZoom: range(0, 22, 'maxZoom').optional(),
    bearing: range(-180, 180, 'bearing').default(0),
    pitch: range(0, 60, 'pitch').default(0),
  })
  .superRefine((view, ctx) => {
    const camera = view.center !== undefined || view.zoom !== undefined;
    if (view.fit && camera) {
      ctx.addIssue({ code: 'custom', message: 'give either fit or center+zoom, not both' });
    } else if (!view.fit && (view.center === undefined || view.zoom === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs fit: [feature ids] or both center: [longitude, latitude] and zoom',
      });
    }
  });

/** What the map draws in this chapter. */
export const layersSchema = z
  .strictObject({
    /** Layers shown on top of the base map (sea, land, borders). */
    show: z.array(oneOf(LAYER_IDS, 'layer')),
    /** Features drawn emphasised; each must belong to a shown layer. */
    highlight: z.array(oneOf(FEATURE_IDS, 'feature')).default([]),
  })
  .superRefine((layers, ctx) => {
    const shown = new Set<FeatureId>(
      layers.show.flatMap((layer: LayerId) => [...LAYER_FEATURES[layer]]),
    );
    layers.show.forEach((layer, i) => {
      if (NAMED_ONLY_LAYERS.has(layer) && drawnFeatures(layer, layers.highlight).length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['show', i],
          message: `layer "${layer}" draws only the features the chapter highlights; highlight at least one of ${list(LAYER_FEATURES[layer])}`,
        });
      }
    });
    layers.highlight.forEach((feature, i) => {
      if (!shown.has(feature)) {
        ctx.addIssue({
          code: 'custom',
          path: ['highlight', i],
          message: `"${feature}" is in none of the shown layers (${list(layers.show)})`,
        });
      }
    });
  });

const pointText = z.string().min(3).max(140);

/** A key point: its text, or its text and the public source it comes from. */
export const keyPointSchema = z.union([
  pointText,
  z.strictObject({ text: pointText, source: oneOf(PUBLIC_SOURCE_IDS, 'public source') }),
], { error: () => 'a key point is a line of text, or { text, source } with a public source id' });

export const chapterSchema = z.strictObject({
  /** Headline of the chapter. */
  title: z.string().min(3).max(80),
  /** One line, used by the handout, slides' subtitle, embeds and meta tags. */
  summary: z
    .string()
    .min(20)
    .max(220)
    .refine((s) => !s.includes('\n'), 'summary must be one line'),
  /** Paragraphs of the source report this chapter draws on. */
  cites: z.array(oneOf(PARAGRAPH_IDS, 'source paragraph')).min(1, 'cite at least one paragraph'),
  /** The map view. */
  view: viewSchema,
  /** The layers shown and the features highlighted. */
  layers: layersSchema,
  /** Optional chart shown with the chapter. */
  chart: oneOf(CHART_IDS, 'chart').optional(),
  /**
   * Public sources (beside the report) the chapter draws on, by id from the
   * list in sources.ts; the chapter's source line names them, so a source a
   * chapter uses cannot be missing from the list /data/ calls complete.
   */
  sources: z.array(oneOf(PUBLIC_SOURCE_IDS, 'public source')).default([]),
  /**
   * Two to four short points for the slide and the handout (from this
   * chapter's facts). A point that comes from a public source rather than
   * the report is written `{ text, source }`, and the source is named with it.
   */
  keyPoints: z.array(keyPointSchema).min(2).max(4),
  /**
   * Short call-outs drawn on the chapter's map, live and static, beside the
   * feature they name (for example "Rafah crossing: to Egypt"). The feature
   * must be one the chapter's map draws; the text is the chapter's, never code's.
   */
  annotations: z.array(z.strictObject({
    feature: oneOf(FEATURE_IDS, 'feature'),
    text: z.string().min(3).max(40, 'an annotation is at most 40 characters'),
  })).max(3, 'at most 3 annotations on a map').default([]),
  /** What the presenter might say; shown in the presenter's window. */
  notes: z.string().min(20),
  /** One or two questions for class discussion. */
  questions: z.array(z.string().min(10)).min(1).max(2),
}).superRefine((chapter, ctx) => {
  // An annotation names something the map shows.
  const drawn = new Set(chapter.layers.show.flatMap((l) => drawnFeatures(l, chapter.layers.highlight)));
  chapter.annotations.forEach((a, i) => {
    if (!drawn.has(a.feature)) {
      ctx.addIssue({ code: 'custom', path: ['annotations', i, 'feature'], message: `"${a.feature}" is not drawn on this chapter's map (layers ${list(chapter.layers.show)})` });
    }
  });
  // A key point's source is one of the chapter's sources, so the chapter's source line names it too.
  chapter.keyPoints.forEach((point, i) => {
    if (typeof point !== 'string' && !chapter.sources.includes(point.source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['keyPoints', i, 'source'],
        message: `"${point.source}" is not in the chapter's sources (${list(chapter.sources)})`,
      });
    }
  });
});

/** A key point's text, whichever form it is written in. */
export const keyPointText = (point: KeyPoint): string => (typeof point === 'string' ? point : point.text);

export type ChapterData = z.infer<typeof chapterSchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
export type ChapterView = z.infer<typeof viewSchema>;
