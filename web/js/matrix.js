// Theme × source heatmap: how much each source says about each theme, for one kind of item or all, as a count,
// as a share of the source's items or as an adjusted residual (which themes a source over- or under-represents).
// A click on a cell lists the items behind the number, each with a way to its place in the source text.
import { sharedStrings, h, fmt, breakable, sourceName, sourceTitle, themeLabel, sortableTable, showInSource, downloadLinks }
  from './table.js';

const strings = {
  da: {
    ...sharedStrings.da,
    'matrix.tab': 'Matrix', 'matrix.kind': 'Slags udsagn',
    'matrix.intro': 'Hvor meget hver kilde siger om hvert tema. Klik på et felt for at se udsagnene bag tallet.',
    'matrix.measure': 'Vis', 'matrix.measure.count': 'Antal', 'matrix.measure.share': 'Andel',
    'matrix.measure.residual': 'Residual',
    'matrix.legend.count': 'Antal udsagn om temaet i kilden. Store kilder fylder mest i hver række; vælg Andel eller Residual for at sammenligne kilder af forskellig størrelse.',
    'matrix.legend.share': 'Andel af kildens udsagn (med mindst ét tema), der handler om temaet. En kolonne summer til mere end 100 %, fordi et udsagn kan have flere temaer.',
    'matrix.legend.residual': 'Justeret standardiseret residual: hvor meget mere (rød) eller mindre (blå) kilden siger om temaet, end hvis temaerne var fordelt som i alle kilder tilsammen. |r| > 2: klart mere/mindre end forventet (fed skrift).',
    'matrix.allSources': 'Andel i alle kilder', 'matrix.base': 'Udsagn med tema',
    'matrix.cellShare': '{count} af {base} udsagn i {source} ({share}) handler om {theme}',
    'matrix.cellResidual': '{source}: {count} udsagn om {theme}, forventet {expected} (residual {residual})',
    'matrix.undefined': 'Ingen udsagn af denne slags i {source}',
    'matrix.theme': 'Tema', 'matrix.total': 'I alt',
    'matrix.note': 'Et udsagn kan handle om flere temaer; summerne tæller det under hvert af dem.',
    'matrix.pick': 'Vælg et felt i matrixen for at se udsagnene.',
    'matrix.cellTitle': '{count} udsagn om {theme} i {source}',
    'matrix.items': '{kind} om »{theme}« i {source}', 'matrix.itemsAll': 'Udsagn',
    'matrix.count': '{total} udsagn', 'matrix.shown': 'viser {shown} af {total}',
    'matrix.col.source': 'Kilde', 'matrix.col.kind': 'Slags', 'matrix.col.text': 'Udsagn', 'matrix.col.line': 'Linje',
    'matrix.close': 'Luk', 'matrix.none': 'Ingen udsagn i dette felt.',
  },
  en: {
    ...sharedStrings.en,
    'matrix.tab': 'Matrix', 'matrix.kind': 'Kind of item',
    'matrix.intro': 'How much each source says about each theme. Click a cell to see the items behind the number.',
    'matrix.measure': 'Show', 'matrix.measure.count': 'Count', 'matrix.measure.share': 'Share',
    'matrix.measure.residual': 'Residual',
    'matrix.legend.count': 'Items about the theme in the source. Large sources dominate every row; choose Share or Residual to compare sources of different size.',
    'matrix.legend.share': 'Share of the source’s items (with at least one theme) that are about the theme. A column adds up to more than 100 %, as an item can have several themes.',
    'matrix.legend.residual': 'Adjusted standardised residual: how much more (red) or less (blue) the source says about the theme than if themes were spread like in all sources together. |r| > 2: clearly more/less than expected (bold).',
    'matrix.allSources': 'Share in all sources', 'matrix.base': 'Items with a theme',
    'matrix.cellShare': '{count} of {base} items in {source} ({share}) are about {theme}',
    'matrix.cellResidual': '{source}: {count} items about {theme}, {expected} expected (residual {residual})',
    'matrix.undefined': 'No items of this kind in {source}',
    'matrix.theme': 'Theme', 'matrix.total': 'Total',
    'matrix.note': 'An item can be about several themes; the totals count it under each of them.',
    'matrix.pick': 'Pick a cell in the matrix to see its items.',
    'matrix.cellTitle': '{count} items about {theme} in {source}',
    'matrix.items': '{kind} about “{theme}” in {source}', 'matrix.itemsAll': 'Items',
    'matrix.count': '{total} items', 'matrix.shown': 'showing {shown} of {total}',
    'matrix.col.source': 'Source', 'matrix.col.kind': 'Kind', 'matrix.col.text': 'Item', 'matrix.col.line': 'Line',
    'matrix.close': 'Close', 'matrix.none': 'No items in this cell.',
  },
};

let ctx;
let root;
const MEASURES = ['count', 'share', 'residual'];
const view = { kind: null, measure: 'count', data: null, cell: null, cellKey: null, items: null,
  sort: { key: 'total', dir: -1 }, token: 0 };

function kinds() {
  return ctx.meta.kinds || ['opportunity', 'challenge', 'recommendation', 'question', 'observation', 'quote'];
}

function mount(el, context) {
  ctx = context;
  root = el;
  el.classList.add('views-view');
  el.replaceChildren(
    h('div', { class: 'views-toolbar' },
      h('label', {}, h('span', { 'data-i18n': 'matrix.kind' }), ' ',
        h('select', { id: 'matrix-kind', onchange: e => ctx.state.set({ kind: e.target.value || null, cell: null }) })),
      h('div', { class: 'matrix-measures', role: 'radiogroup', 'aria-labelledby': 'matrix-measure-label' },
        h('span', { id: 'matrix-measure-label', 'data-i18n': 'matrix.measure' }),
        MEASURES.map(m => h('label', { class: 'matrix-measure' },
          h('input', { type: 'radio', name: 'matrix-measure', value: m,
            onchange: () => ctx.state.set({ measure: m === 'count' ? null : m }) }),
          h('span', { 'data-i18n': `matrix.measure.${m}` })))),
      h('span', { id: 'matrix-downloads' })),
    h('p', { class: 'views-intro', 'data-i18n': 'matrix.intro' }),
    h('div', { id: 'matrix-legend' }),
    h('div', { class: 'matrix-layout' },
      h('div', { class: 'matrix-main' }, h('div', { id: 'matrix-grid' }),
        h('p', { class: 'views-note', 'data-i18n': 'matrix.note' })),
      h('div', { id: 'matrix-items', class: 'matrix-items', 'aria-live': 'polite' })));
  ctx.translate(el);
  ctx.onLanguage(() => { ctx.translate(root); renderAll(); });
}

async function show(state) {
  const kind = kinds().includes(state.kind) ? state.kind : null;
  const measure = MEASURES.includes(state.measure) ? state.measure : 'count';
  const [theme, source] = (state.cell || '').split('|');
  root.querySelectorAll('input[name=matrix-measure]').forEach(i => { i.checked = i.value === measure; });
  if (!view.data || view.kind !== kind || view.measure !== measure) {
    view.kind = kind;
    view.measure = measure;
    view.data = null;
    const token = ++view.token;
    const q = new URLSearchParams({ measure });
    if (kind) q.set('kind', kind);
    try {
      const data = await ctx.api(`/api/matrix?${q}`);
      if (token !== view.token) return;
      view.data = data;
    } catch (err) {
      view.data = null;
      root.querySelector('#matrix-grid').replaceChildren(errorBox(err));
      ctx.showError(err);
      return;
    }
  }
  const cell = theme && source ? { theme, source } : null;
  // Reload the items only when the cell or the kind changed (show also runs on unrelated state changes).
  const key = cell ? `${theme}|${source}|${kind || ''}` : null;
  if (key !== view.cellKey) {
    view.cellKey = key;
    view.cell = cell;
    view.items = null;
    if (cell) loadItems(cell, kind);
  }
  renderAll();
}

async function loadItems(cell, kind) {
  const token = view.token;
  const q = new URLSearchParams({ theme: cell.theme, source: cell.source, limit: 500 });
  if (kind) q.set('kind', kind);
  root.querySelector('#matrix-items').replaceChildren(h('p', { class: 'views-muted' }, ctx.t('views.loading')));
  try {
    const answer = await ctx.api(`/api/items?${q}`);
    if (token !== view.token || view.cell !== cell) return;
    view.items = answer;
  } catch (err) {
    if (view.cell !== cell) return;
    root.querySelector('#matrix-items').replaceChildren(errorBox(err));
    return;
  }
  renderItems();
}

function renderAll() {
  const select = root.querySelector('#matrix-kind');
  select.replaceChildren(h('option', { value: '' }, ctx.t('views.kinds.all')),
    ...kinds().map(k => h('option', { value: k }, ctx.t(`views.kinds.${k}`))));
  select.value = view.kind || '';
  // The table behind the mode: counts by kind, or shares and residuals.
  root.querySelector('#matrix-downloads').replaceChildren(
    downloadLinks(ctx, view.measure === 'count' ? 'theme-source' : 'theme-source-residuals'));
  if (!view.data) return;
  renderGrid();
  renderItems();
}

/**
 * Rows of {theme, counts: {source: n}, values: {source: value}, expected: {source: e}, total, share} from the API's
 * flat cell list; share is the theme's share of all sources' themed items (the "all sources" column).
 */
function matrixRows(data) {
  const byTheme = new Map(data.themes.map(t => [t.key, { theme: t, counts: {}, values: {}, expected: {}, total: 0 }]));
  for (const c of data.cells) {
    const row = byTheme.get(c.theme);
    if (!row) continue;
    row.counts[c.source] = (row.counts[c.source] || 0) + c.items;
    row.values[c.source] = c.value;
    row.expected[c.source] = c.expected;
    row.total += c.items;
  }
  const all = d3.sum(data.sources, s => data.themedItems[s] || 0);
  for (const row of byTheme.values()) row.share = all ? row.total / all : null;
  return [...byTheme.values()];
}

/** What the total column shows: the count, or in the relative measures the share of all sources together. */
function totalOf(row) {
  return view.measure === 'count' ? row.total : row.share;
}

function sortedRows(rows) {
  const { key, dir } = view.sort;
  const collator = new Intl.Collator(ctx.language());
  const val = r => (key === 'theme' ? themeLabel(ctx, r.theme) : key === 'total' ? totalOf(r) : r.values[key]);
  const byName = (a, b) => collator.compare(themeLabel(ctx, a.theme), themeLabel(ctx, b.theme));
  return [...rows].sort((a, b) => {
    const x = val(a); const y = val(b);
    if (key === 'theme') return dir * collator.compare(x, y);
    // Undefined values (a source without items of the kind) sort last either way.
    const gap = (typeof x !== 'number') - (typeof y !== 'number');
    return gap || (gap === 0 && typeof x === 'number' ? dir * (x - y) : 0) || byName(a, b);
  });
}

/**
 * Colour, text and "dark" threshold of the current measure. Counts and shares on a square-root blue scale (Sorø's
 * report is twice the size of the others and would wash the rest out); residuals diverge around 0, red for more
 * than expected, blue for less, symmetric so that +3 and −3 are equally strong.
 */
function scaleOf(rows, sources) {
  const lang = ctx.language();
  const values = rows.flatMap(r => sources.map(s => r.values[s])).filter(v => typeof v === 'number');
  if (view.measure === 'residual') {
    const max = Math.max(3, Math.ceil(d3.max(values, v => Math.abs(v)) || 0));
    const colour = d3.scaleDiverging(t => d3.interpolateRdBu(1 - t)).domain([-max, 0, max]);
    return { max, colour, dark: v => Math.abs(v) / max > 0.55, text: v => signed(v, lang), strong: v => Math.abs(v) >= 2,
      at: v => (v + max) / (2 * max) };
  }
  const max = d3.max(values) || 1;
  if (view.measure === 'share') {
    // Shares are already comparable across sources: a linear scale keeps 20 % and 40 % apart.
    const colour = d3.scaleSequential(t => d3.interpolateBlues(0.05 + 0.9 * t)).domain([0, max]);
    return { max, colour, dark: v => v / max > 0.55, text: v => percent(v, lang), strong: () => false, at: v => v / max };
  }
  const colour = d3.scaleSequentialSqrt(d3.interpolateBlues).domain([0, max]);
  // Dark cells get light text; the threshold is where Blues turns mid-blue.
  return { max, colour, dark: v => Math.sqrt(v / max) > 0.6, text: v => fmt(v, lang), strong: () => false,
    at: v => Math.sqrt(v / max) };
}

function percent(v, lang) {
  return `${fmt(v * 100, lang, v < 0.1 ? 1 : 0)} %`;
}

/** One decimal with its sign (+2,9 / −4,2), so over and under read at a glance. */
function signed(v, lang) {
  const text = fmt(Math.abs(v), lang, 1);
  return text === fmt(0, lang, 1) ? text : `${v > 0 ? '+' : '−'}${text}`;
}

function renderGrid() {
  const { sources } = view.data;
  const rows = matrixRows(view.data);
  const scale = scaleOf(rows, sources);
  const lang = ctx.language();
  const relative = view.measure !== 'count';
  const header = h('tr', {}, sortHeader('theme', ctx.t('matrix.theme'), 'matrix-theme-col'),
    sources.map(s => sortHeader(s, breakable(sourceName(ctx, s)), null, { 'data-source': s, title: sourceTitle(ctx, s) })),
    sortHeader('total', relative ? ctx.t('matrix.allSources') : ctx.t('matrix.total'), 'matrix-total'));
  const body = sortedRows(rows).map(r => h('tr', { 'data-theme': r.theme.key },
    h('th', { scope: 'row', class: 'matrix-theme' },
      h('button', { type: 'button', class: 'views-link', onclick: () => ctx.openNode('theme', r.theme.key) },
        themeLabel(ctx, r.theme))),
    sources.map(s => cellTd(r, s, scale)),
    h('td', { class: 'num matrix-total' }, relative ? (r.share === null ? '' : percent(r.share, lang)) : fmt(r.total, lang))));
  // The footer: the items per source, or in the relative measures the bases (items with a theme).
  const totals = sources.map(s => (relative ? view.data.themedItems[s] || 0 : d3.sum(rows, r => r.counts[s] || 0)));
  const foot = h('tr', {}, h('th', { scope: 'row' }, relative ? ctx.t('matrix.base') : ctx.t('matrix.total')),
    totals.map((n, i) => h('td', { class: 'num matrix-total', 'data-source': sources[i] }, fmt(n, lang))),
    h('td', { class: 'num matrix-total' }, fmt(d3.sum(totals), lang)));
  root.querySelector('#matrix-grid').replaceChildren(h('table', { class: 'matrix-table', 'data-kind': view.kind || '',
    'data-measure': view.measure }, h('thead', {}, header), h('tbody', {}, body), h('tfoot', {}, foot)));
  root.querySelector('#matrix-legend').replaceChildren(legend(scale));
}

function sortHeader(key, label, cls, attrs = {}) {
  const active = view.sort.key === key;
  const mark = active ? (view.sort.dir > 0 ? ' ▲' : ' ▼') : '';
  return h('th', { scope: 'col', class: cls, ...attrs, 'aria-sort': active ? (view.sort.dir > 0 ? 'ascending' : 'descending') : 'none' },
    h('button', { type: 'button', class: 'views-sort', title: ctx.t('views.sortHint'), onclick: () => {
      // Numbers sort largest first (the most over-represented theme first for residuals), names A–Z; a second
      // click reverses.
      view.sort = active ? { key, dir: -view.sort.dir } : { key, dir: key === 'theme' ? 1 : -1 };
      renderGrid();
    } }, label, h('span', { class: 'views-sort-mark', 'aria-hidden': 'true' }, mark)));
}

function cellTitle(row, source, n, value) {
  const vars = { count: n, theme: themeLabel(ctx, row.theme), source: sourceName(ctx, source) };
  const lang = ctx.language();
  if (value === null || value === undefined) return ctx.t('matrix.undefined', vars);
  if (view.measure === 'share') {
    return ctx.t('matrix.cellShare', { ...vars, base: fmt(view.data.themedItems[source], lang), share: percent(value, lang) });
  }
  if (view.measure === 'residual') {
    return ctx.t('matrix.cellResidual', { ...vars, expected: fmt(row.expected[source], lang, 1), residual: signed(value, lang) });
  }
  return ctx.t('matrix.cellTitle', vars);
}

function cellTd(row, source, scale) {
  const n = row.counts[source] || 0;
  const value = row.values[source];
  const defined = typeof value === 'number';
  // A residual of a cell without items still says something (less than expected), so only counts and shares
  // grey out their zeros.
  const blank = !defined || (view.measure !== 'residual' && n === 0);
  const selected = view.cell && view.cell.theme === row.theme.key && view.cell.source === source;
  const open = () => ctx.state.set({ cell: `${row.theme.key}|${source}` });
  const td = h('td', { class: `num matrix-cell${selected ? ' selected' : ''}${blank ? ' zero' : ''}${n ? '' : ' empty'}`,
    'data-theme': row.theme.key, 'data-source': source, 'data-count': n, 'data-value': defined ? value : null,
    title: cellTitle(row, source, n, value),
    tabindex: n ? 0 : null, role: n ? 'button' : null,
    onclick: n ? open : null, onkeydown: n ? e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } } : null },
  blank ? '·' : scale.text(value));
  if (!blank) {
    td.style.background = scale.colour(value);
    if (scale.dark(value)) td.classList.add('dark');
    if (scale.strong(value)) td.classList.add('strong');
  }
  return td;
}

/** The colour bar of the measure with its ticks, and one or two sentences on how to read it. */
function legend(scale) {
  const lang = ctx.language();
  const { max } = scale;
  // Colour stops evenly along the bar, whatever the scale's shape (at: value → 0..1 position).
  const positions = d3.range(0, 1.0001, 0.05);
  const valueAt = view.measure === 'residual' ? f => -max + 2 * max * f : view.measure === 'share' ? f => f * max : f => f * f * max;
  const stops = positions.map(f => `${scale.colour(valueAt(f))} ${Math.round(f * 100)}%`);
  let ticks;
  let label;
  if (view.measure === 'residual') {
    ticks = [-max, -2, 0, 2, max];
    label = v => (v === 0 ? '0' : `${v > 0 ? '+' : '−'}${Math.abs(v)}`);
  } else if (view.measure === 'share') {
    ticks = [0, max / 2, max];
    label = v => `${fmt(v * 100, lang)} %`;
  } else {
    ticks = [0, Math.round(max / 4), Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
    label = v => fmt(v, lang);
  }
  return h('div', { class: 'matrix-legend', 'data-measure': view.measure },
    h('div', { class: 'matrix-legend-scale' },
      h('div', { class: 'matrix-legend-bar', style: `background: linear-gradient(to right, ${stops.join(', ')})` }),
      h('div', { class: 'matrix-legend-ticks' }, ticks.map(v => h('span', { style: `left:${scale.at(v) * 100}%` }, label(v))))),
    h('p', { class: 'matrix-legend-text' }, ctx.t(`matrix.legend.${view.measure}`)));
}

function renderItems() {
  const box = root.querySelector('#matrix-items');
  if (!view.cell) { box.replaceChildren(h('p', { class: 'views-muted' }, ctx.t('matrix.pick'))); return; }
  if (!view.items) return;
  const theme = view.data?.themes.find(t => t.key === view.cell.theme) || { key: view.cell.theme };
  const title = ctx.t('matrix.items', { kind: view.kind ? ctx.t(`views.kinds.${view.kind}`) : ctx.t('matrix.itemsAll'),
    theme: themeLabel(ctx, theme), source: sourceName(ctx, view.cell.source) });
  const { items, total } = view.items;
  const count = ctx.t('matrix.count', { total: fmt(total, ctx.language()) })
    + (items.length < total ? ` (${ctx.t('matrix.shown', { shown: items.length, total })})` : '');
  // Two columns only: the panel beside the matrix is narrow, and the text is what people read.
  const columns = [
    ...(view.kind ? [] : [{ key: 'kind', label: ctx.t('matrix.col.kind'), value: r => ctx.t(`views.kind.${r.kind}`),
      render: r => h('span', { class: `views-kind kind-${r.kind}` }, ctx.t(`views.kind.${r.kind}`)) }]),
    { key: 'line', label: ctx.t('matrix.col.text'), value: r => r.line, class: 'views-text',
      render: r => [h('p', { class: 'matrix-item-text' }, r.text),
        h('div', { class: 'matrix-item-meta' }, `${sourceName(ctx, r.source)} · ${ctx.t('matrix.col.line').toLowerCase()} ${r.line} · `,
          showInSource(ctx, r.id))] },
  ];
  box.replaceChildren(
    h('div', { class: 'matrix-items-head' }, h('h2', {}, title),
      h('button', { type: 'button', class: 'views-close', title: ctx.t('matrix.close'), 'aria-label': ctx.t('matrix.close'),
        onclick: () => ctx.state.set({ cell: null }) }, '×')),
    h('p', { class: 'views-muted', id: 'matrix-items-count', 'data-total': total }, count),
    sortableTable(columns, items, { emptyText: ctx.t('matrix.none'), className: 'matrix-item-table' }));
}

function errorBox(err) {
  return h('p', { class: 'views-error', role: 'alert' }, ctx.t('error.generic', { message: err.message }));
}

export default { id: 'matrix', tabKey: 'matrix.tab', strings, mount, show };
