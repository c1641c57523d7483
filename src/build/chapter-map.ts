/**
 * A chapter's static map as SVG, from its view, layers and call-outs: the one
 * place the static map is given its data (the story's land, every source, the
 * locator's world), for StaticMap.astro and for the share images.
 */
import type { ChapterView } from '../model/chapter-schema';
import type { ChapterId, FeatureId, LayerId } from '../model/ids';
import { findFeature, LOCAL_EXTENT, loadSources } from '../geo/layers';
import { storyLand } from '../map/static/land';
import { buildStaticMap, staticView, type StaticMapLanguage } from '../map/static/static-map';
import { LOCAL_MINZOOM, MAP_COLOURS } from '../map/shared/paint';
import { annotationAnchor } from './chapter-views';

export interface ChapterMapOptions {
  chapterId: ChapterId;
  /** The chapter's view (frontmatter `view`): fit or centre + zoom. */
  view: ChapterView;
  /** Layers shown (frontmatter `layers.show`). */
  show: readonly LayerId[];
  /** Features emphasised (frontmatter `layers.highlight`). */
  highlight?: readonly FeatureId[];
  /** Size in SVG units (the viewBox); draw it at about the shape it is shown in. */
  width?: number;
  height?: number;
  /** Narrowest CSS width it is shown at (text is 14 px there); default 320, a phone's full-width stage. */
  minRenderWidth?: number;
  /** Accessible name; by default the list of what the map shows. */
  label?: string;
  /** The chapter's call-outs (frontmatter `annotations`). */
  annotations?: readonly { feature: FeatureId; text: string }[];
  /** The map's words in a translation (build/page-lang.ts). */
  language?: StaticMapLanguage;
}

export function chapterMapSvg(options: ChapterMapOptions): string {
  const { chapterId, view, show, highlight = [], width = 600, height = 600, minRenderWidth, label, annotations = [], language } = options;
  const sources = loadSources();
  return buildStaticMap({
    chapterId,
    land: storyLand(sources, LOCAL_MINZOOM, LOCAL_EXTENT),
    sources,
    view: staticView(view),
    show,
    highlight,
    width,
    height,
    palette: MAP_COLOURS,
    minRenderWidth,
    label,
    locator: { land: sources.world, place: findFeature('gaza-strip'), palette: MAP_COLOURS },
    annotations: annotations.map((a) => ({ at: annotationAnchor(a.feature), text: a.text })),
    ...(language ? { language } : {}),
  });
}
