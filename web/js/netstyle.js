// How the network encodes data: size by the chosen metric, colour by cluster or by source coverage,
// line width by weight; and the legend that explains exactly that.
import { shape } from './netdraw.js';

// Clusters: Tableau 10, mid tones. Sources: their own dark tones (never a cluster's colour), shown as diamonds
// with a ring in the sidebar and legend, so "green" never means both a cluster and a source.
const CLUSTERS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const SOURCE_COLOURS = ['#1b2a49', '#7a1f3d', '#4a5a1c', '#5b3a8c', '#8a4b08', '#0c4a4a'];
const SHARED = '#cbd2d9';
const ITEM = '#9aa5b1';

export function sourceColour(meta, id) {
  const i = meta.sources.findIndex(s => s.id === id);
  return i < 0 ? ITEM : SOURCE_COLOURS[i % SOURCE_COLOURS.length];
}

/** A metric value; nodes without it (sources, items, missing analysis) fall back to their item count. */
function value(n, metric) {
  const v = metric === 'items' || !n.metrics ? undefined : n.metrics[metric];
  return v === undefined || v === null ? n.items || 0 : v;
}

function coverageColour(count, total) {
  return d3.interpolateBlues(0.3 + 0.65 * (Math.max(1, count) - 1) / Math.max(1, total - 1));
}

function nodeSources(n) {
  return n.sources && n.sources.length ? n.sources : n.source ? [n.source] : [];
}

/** Themes and actors are clustered separately (both number from 0), so actors' colours come after the themes'. */
function clusterColour(nodes) {
  const offset = 1 + (d3.max(nodes, n => (n.type === 'theme' ? n.community : null)) ?? -1);
  return n => CLUSTERS[((n.type === 'actor' ? offset : 0) + (n.community ?? 0)) % CLUSTERS.length];
}

/**
 * Names clusters as the legend does: after the member with the highest PageRank (the most central one), so the
 * panel and the legend say the same. Returns (type, community) -> that member's node, or null.
 */
export function clusterNamer(nodes) {
  const tops = new Map();
  for (const n of nodes) {
    if ((n.type !== 'theme' && n.type !== 'actor') || n.community === undefined || n.community === null) continue;
    const key = `${n.type}:${n.community}`, best = tops.get(key);
    const rank = x => [(x.metrics && x.metrics.pagerank) || 0, x.items || 0];
    const [p, i] = rank(n), [bp, bi] = best ? rank(best) : [-1, -1];
    if (p > bp || (p === bp && i > bi)) tops.set(key, n);
  }
  return (type, community) => tops.get(`${type}:${community}`) || null;
}

export function makeStyle(f, nodes, ctx) {
  const cluster = clusterColour(nodes);
  const main = nodes.filter(n => n.type === 'theme' || n.type === 'actor');
  const size = d3.scaleSqrt().domain([0, d3.max(main, n => value(n, f.metric)) || 1]).range([5, 20]).clamp(true);
  const sourceSize = d3.scaleSqrt().domain([0, d3.max(nodes, n => (n.type === 'source' ? n.items : 0)) || 1])
    .range([8, 22]);
  const total = ctx.meta.sources.length;
  const en = ctx.language() === 'en';
  return {
    radius(n) {
      if (n.type === 'item') return 3.5;
      if (n.type === 'source') return sourceSize(n.items || 0);
      return size(value(n, f.metric));
    },
    label(n) {
      if (n.type === 'source') return sourceName(ctx.meta, n.key || n.id.slice(7));
      return (en && n.labelEn) || n.label || n.key;
    },
    fill(n) {
      if (f.color === 'coverage') return coverageColour(nodeSources(n).length, total);
      if (f.color === 'source') {
        const s = nodeSources(n);
        return s.length === 1 ? sourceColour(ctx.meta, s[0]) : SHARED;
      }
      if (n.type === 'source') return sourceColour(ctx.meta, n.key);
      if (n.type === 'item') return ITEM;
      return cluster(n);
    },
    linkWidth(l) {
      if (l.type === 'about' || l.type === 'mentions') return 0.5;
      if (l.type === 'echoes') return 1.4;
      return Math.min(9, 0.6 + 1.1 * Math.sqrt(l.weight || 1));
    },
    linkColor(l) {
      return l.type === 'echoes' ? '#c2410c' : l.type === 'involves' ? '#8d7b68' : '#7b8794';
    },
  };
}

/** "Sorø Kommune 2020": publisher and year say which report is meant, short enough for a label. */
export function sourceName(meta, id) {
  const s = meta.sources.find(x => x.id === id);
  return s ? `${s.publisher} ${s.year}` : id;
}

function esc(s) {
  return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

function swatch(colour, text, type = 'theme') {
  return `<li><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d="${shape(type, 5.5)}" fill="${colour}"/></svg>${esc(text)}</li>`;
}

function colourEntries(f, nodes, ctx) {
  const style = makeStyle(f, nodes, ctx);
  if (f.color === 'coverage') {
    return ctx.meta.sources.map((_, i) => swatch(coverageColour(i + 1, ctx.meta.sources.length),
      i === 0 ? ctx.t('nw.legend.source1') : ctx.t('nw.legend.sources', { n: i + 1 })));
  }
  if (f.color === 'source') {
    return [...ctx.meta.sources.map(s => swatch(sourceColour(ctx.meta, s.id), sourceName(ctx.meta, s.id), 'source')),
      swatch(SHARED, ctx.t('nw.legend.shared'))];
  }
  // Clusters have no names of their own: each is named after its most central member (clusterNamer).
  const clustered = nodes.filter(n => (n.type === 'theme' || n.type === 'actor') && n.community !== undefined && n.community !== null);
  const namer = clusterNamer(nodes);
  const entries = d3.groups(clustered, n => `${n.type}:${n.community}`)
    .map(([, members]) => namer(members[0].type, members[0].community))
    .sort((a, b) => (a.type === b.type ? style.radius(b) - style.radius(a) : a.type === 'theme' ? -1 : 1))
    .map(top => swatch(style.fill(top), ctx.t('nw.legend.cluster', { name: style.label(top) }), top.type));
  if (nodes.some(n => n.type === 'source')) {
    entries.push(...ctx.meta.sources.filter(s => nodes.some(n => n.id === `source:${s.id}`))
      .map(s => swatch(sourceColour(ctx.meta, s.id), sourceName(ctx.meta, s.id), 'source')));
  }
  if (nodes.some(n => n.type === 'item')) entries.push(swatch(ITEM, ctx.t('nw.legend.other'), 'item'));
  return entries;
}

/** What the links show: the backbone (and how many of how many links) or all of them. */
function linksNote(choice, ctx) {
  if (!choice) return '';
  const key = choice.rule === 'all' ? 'nw.legend.all' : 'nw.legend.backbone';
  return `<p class="legend-note legend-links" data-rule="${esc(choice.rule)}" data-shown="${choice.shown}" data-total="${choice.total}">`
    + `${esc(ctx.t(key, choice))}.</p>`;
}

export function legendHtml(f, graph, ctx) {
  const nodes = graph.nodes;
  const types = ['theme', 'actor', 'source', 'item'].filter(t => nodes.some(n => n.type === t));
  const shapes = types.map(t => swatch('#52606d', ctx.t(`nw.type.${t}`), t)).join('');
  const echoes = nodes.some(n => n.type === 'item') ? ` ${esc(ctx.t('nw.legend.echoes'))}.` : '';
  const sourceNote = f.color === 'source' || nodes.some(n => n.type === 'source') ? ` ${esc(ctx.t('nw.legend.sourceMarks'))}.` : '';
  return `<div class="legend-block"><h3>${esc(ctx.t('nw.legend.shapes'))}</h3><ul class="legend-shapes">${shapes}</ul></div>
    <div class="legend-block"><h3>${esc(ctx.t('nw.legend.colour'))}: ${esc(ctx.t(`nw.color.${f.color}`))}</h3>
      <ul class="legend-colours">${colourEntries(f, nodes, ctx).join('')}</ul></div>
    <div class="legend-notes">${linksNote(graph.linkChoice, ctx)}<p class="legend-note">${esc(ctx.t('nw.legend.size', { metric: ctx.t(`nw.metric.${f.metric}`) }))}.
      ${esc(ctx.t('nw.legend.links'))}.${echoes}${sourceNote}</p></div>`;
}
