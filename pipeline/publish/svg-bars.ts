/** One chart: a title, a caption, and rows of bars (one bar per series per row). */
export interface BarChart {
  /** Stable id, the `data-chart` attribute of the figure. */
  id: string;
  title: string;
  /** One sentence on what is counted. */
  caption: string;
  /** Series names (one colour each); a single series needs no legend. */
  series: string[];
  /** Row label and one value per series. */
  rows: Array<[label: string, values: number[]]>;
}

const COLOURS = ['#3b6ea5', '#d9822b', '#5a9e6f', '#a55a8c'] as const;
const ROW = 22;
const LABEL_W = 200;
const BAR_W = 380;

/** Escapes text for HTML and SVG. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Renders a horizontal bar chart as inline SVG inside a `<figure data-chart=ID>`. Every bar
 * with a value above zero is one `<rect class="mark">` (with a `<title>` tooltip); zero values
 * draw nothing, and a chart with no bars says so in text.
 *
 * @example
 * svgBars({ id: 'languages', title: 'Languages', caption: 'Articles per language.', series: ['articles'], rows: [['en', 4], ['fr', 1]] });
 */
export function svgBars(chart: BarChart): string {
  const head = `<figure data-chart="${esc(chart.id)}"><figcaption><h2>${esc(chart.title)}</h2><p>${esc(chart.caption)}</p></figcaption>`;
  const max = Math.max(0, ...chart.rows.flatMap(([, v]) => v));
  if (max <= 0) return `${head}<svg class="chart" width="640" height="30" role="img"><text x="10" y="20">none in this dataset</text></svg></figure>`;
  const k = chart.series.length;
  const rowH = ROW * k;
  const legend = k > 1
    ? chart.series.map((s, i) => `<rect x="${LABEL_W + i * 110}" y="4" width="10" height="10" fill="${COLOURS[i % COLOURS.length]}"/><text x="${LABEL_W + 14 + i * 110}" y="13">${esc(s)}</text>`).join('')
    : '';
  const top = k > 1 ? 20 : 0;
  const marks = chart.rows.map(([label, values], r) => {
    const y0 = top + r * rowH;
    const bars = values.map((n, i) => {
      if (n <= 0) return '';
      const w = Math.max(1, Math.round((n / max) * BAR_W));
      const y = y0 + i * ROW;
      return `<rect class="mark" x="${LABEL_W + 10}" y="${y + 3}" width="${w}" height="${ROW - 6}" fill="${COLOURS[i % COLOURS.length]}"><title>${esc(`${label}${k > 1 ? ` (${chart.series[i]})` : ''}: ${n}`)}</title></rect>`
        + `<text x="${LABEL_W + 16 + w}" y="${y + 15}">${n}</text>`;
    }).join('');
    const cps = [...label];
    return `<text x="${LABEL_W}" y="${y0 + rowH / 2 + 4}" text-anchor="end">${esc(cps.length > 30 ? `${cps.slice(0, 29).join('')}…` : label)}</text>${bars}`;
  });
  return `${head}<svg class="chart" width="660" height="${top + chart.rows.length * rowH + 6}" role="img" font-family="sans-serif" font-size="12">${legend}${marks.join('')}</svg></figure>`;
}
