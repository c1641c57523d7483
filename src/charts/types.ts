/** A table that says what a chart shows, for readers who cannot see it. */
export interface DataTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * What every chart builder returns: the SVG and its text equivalent. The
 * text is not an afterthought: screen-reader users, the handout and search
 * engines read it, so it states the same facts with the same attributions.
 */
export interface ChartOutput {
  svg: string;
  /** Short name of the chart (also the SVG's <title>). */
  title: string;
  /** One to three sentences that say what the chart shows (also its <desc>). */
  description: string;
  /** The data behind the chart, where it holds data. */
  table?: DataTable;
}

/** Options every chart builder takes. */
export interface ChartOptions {
  /** Width of the drawing in SVG units; the height follows from the content. */
  width?: number;
  /** Prefix for ids inside the SVG; must be unique on the page. */
  idPrefix?: string;
}
