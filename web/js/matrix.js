// Theme × source heatmap: how much each source says about each theme, for one kind of item or all.
// A click on a cell lists the items behind the number, each with a way to its place in the source text.
import { sharedStrings, h, fmt, breakable, sourceName, sourceTitle, themeLabel, sortableTable, showInSource, downloadLinks }
  from './table.js';

const strings = {
  da: {
    ...sharedStrings.da,
    'matrix.tab': 'Matrix', 'matrix.kind': 'Slags udsagn',
    'matrix.intro': 'Antal udsagn pr. tema og kilde. Klik på et felt for at se udsagnene bag tallet.',
    'matrix.theme': 'Tema', 'matrix.total': 'I alt',
    'matrix.note': 'Et udsagn kan handle om flere temaer; summerne tæller det under hvert af dem.',
    'matrix.legend': 'Antal udsagn', 'matrix.pick': 'Vælg et felt i matrixen for at se udsagnene.',
    'matrix.cellTitle': '{count} udsagn om {theme} i {source}',
    'matrix.items': '{kind} om »{theme}« i {source}', 'matrix.itemsAll': 'Udsagn',
    'matrix.count': '{total} udsagn', 'matrix.shown': 'viser {shown} af {total}',
    'matrix.col.source': 'Kilde', 'matrix.col.kind': 'Slags', 'matrix.col.text': 'Udsagn', 'matrix.col.line': 'Linje',
    'matrix.close': 'Luk', 'matrix.none': 'Ingen udsagn i dette felt.',
  },
  en: {
    ...sharedStrings.en,
    'matrix.tab': 'Matrix', 'matrix.kind': 'Kind of item',
    'matrix.intro': 'Items per theme and source. Click a cell to see the items behind the number.',
    'matrix.theme': 'Theme', 'matrix.total': 'Total',
    'matrix.note': 'An item can be about several themes; the totals count it under each of them.',
    'matrix.legend': 'Items', 'matrix.pick': 'Pick a cell in the matrix to see its items.',
    'matrix.cellTitle': '{count} items about {theme} in {source}',
    'matrix.items': '{kind} about “{theme}” in {source}', 'matrix.itemsAll': 'Items',
    'matrix.count': '{total} items', 'matrix.shown': 'showing {shown} of {total}',
    'matrix.col.source': 'Source', 'matrix.col.kind': 'Kind', 'matrix.col.text': 'Item', 'matrix.col.line': 'Line',
    'matrix.close': 'Close', 'matrix.none': 'No items in this cell.',
  },
};

let ctx;
let root;
const view = { kind: null, data: null, cell: null, cellKey: null, items: null, sort: { key: 'total', dir: -1 }, token: 0 };

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
      downloadLinks(ctx, 'theme-source')),
    h('p', { class: 'views-intro', 'data-i18n': 'matrix.intro' }),
    h('div', { class: 'matrix-layout' },
      h('div', { class: 'matrix-main' }, h('div', { id: 'matrix-grid' }), h('div', { id: 'matrix-legend' }),
        h('p', { class: 'views-note', 'data-i18n': 'matrix.note' })),
      h('div', { id: 'matrix-items', class: 'matrix-items', 'aria-live': 'polite' })));
  ctx.translate(el);
  ctx.onLanguage(() => { ctx.translate(root); renderAll(); });
}

async function show(state) {
  const kind = kinds().includes(state.kind) ? state.kind : null;
  const [theme, source] = (state.cell || '').split('|');
  if (!view.data || view.kind !== kind) {
    view.kind = kind;
    view.data = null;
    const token = ++view.token;
    try {
      const data = await ctx.api(`/api/matrix${kind ? `?kind=${kind}` : ''}`);
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
  if (!view.data) return;
  renderGrid();
  renderItems();
}

/** Rows of {theme, counts: {source: n}, total} from the API's flat cell list. */
function matrixRows(data) {
  const byTheme = new Map(data.themes.map(t => [t.key, { theme: t, counts: {}, total: 0 }]));
  for (const c of data.cells) {
    const row = byTheme.get(c.theme);
    if (!row) continue;
    row.counts[c.source] = (row.counts[c.source] || 0) + c.items;
    row.total += c.items;
  }
  return [...byTheme.values()];
}

function sortedRows(rows) {
  const { key, dir } = view.sort;
  const collator = new Intl.Collator(ctx.language());
  const val = r => (key === 'theme' ? themeLabel(ctx, r.theme) : key === 'total' ? r.total : (r.counts[key] || 0));
  return [...rows].sort((a, b) => {
    const x = val(a); const y = val(b);
    const c = typeof x === 'number' ? x - y : collator.compare(x, y);
    return dir * c || collator.compare(themeLabel(ctx, a.theme), themeLabel(ctx, b.theme));
  });
}

function renderGrid() {
  const { sources } = view.data;
  const rows = matrixRows(view.data);
  const max = d3.max(rows, r => d3.max(sources, s => r.counts[s] || 0)) || 1;
  // A square-root scale: Sorø's report is twice the size of the others and would wash the rest out.
  const colour = d3.scaleSequentialSqrt(d3.interpolateBlues).domain([0, max]);
  const lang = ctx.language();
  const header = h('tr', {}, sortHeader('theme', ctx.t('matrix.theme'), 'matrix-theme-col'),
    sources.map(s => sortHeader(s, breakable(sourceName(ctx, s)), null, { 'data-source': s, title: sourceTitle(ctx, s) })),
    sortHeader('total', ctx.t('matrix.total'), 'matrix-total'));
  const body = sortedRows(rows).map(r => h('tr', { 'data-theme': r.theme.key },
    h('th', { scope: 'row', class: 'matrix-theme' },
      h('button', { type: 'button', class: 'views-link', onclick: () => ctx.openNode('theme', r.theme.key) },
        themeLabel(ctx, r.theme))),
    sources.map(s => cellTd(r, s, colour, max)),
    h('td', { class: 'num matrix-total' }, fmt(r.total, lang))));
  const totals = sources.map(s => d3.sum(rows, r => r.counts[s] || 0));
  const foot = h('tr', {}, h('th', { scope: 'row' }, ctx.t('matrix.total')),
    totals.map((n, i) => h('td', { class: 'num matrix-total', 'data-source': sources[i] }, fmt(n, lang))),
    h('td', { class: 'num matrix-total' }, fmt(d3.sum(totals), lang)));
  root.querySelector('#matrix-grid').replaceChildren(h('table', { class: 'matrix-table', 'data-kind': view.kind || '' },
    h('thead', {}, header), h('tbody', {}, body), h('tfoot', {}, foot)));
  root.querySelector('#matrix-legend').replaceChildren(legend(colour, max));
}

function sortHeader(key, label, cls, attrs = {}) {
  const active = view.sort.key === key;
  const mark = active ? (view.sort.dir > 0 ? ' ▲' : ' ▼') : '';
  return h('th', { scope: 'col', class: cls, ...attrs, 'aria-sort': active ? (view.sort.dir > 0 ? 'ascending' : 'descending') : 'none' },
    h('button', { type: 'button', class: 'views-sort', title: ctx.t('views.sortHint'), onclick: () => {
      // Counts sort largest first, names A–Z; a second click reverses.
      view.sort = active ? { key, dir: -view.sort.dir } : { key, dir: key === 'theme' ? 1 : -1 };
      renderGrid();
    } }, label, h('span', { class: 'views-sort-mark', 'aria-hidden': 'true' }, mark)));
}

function cellTd(row, source, colour, max) {
  const n = row.counts[source] || 0;
  const selected = view.cell && view.cell.theme === row.theme.key && view.cell.source === source;
  const title = ctx.t('matrix.cellTitle', { count: n, theme: themeLabel(ctx, row.theme), source: sourceName(ctx, source) });
  const open = () => ctx.state.set({ cell: `${row.theme.key}|${source}` });
  const td = h('td', { class: `num matrix-cell${selected ? ' selected' : ''}${n ? '' : ' zero'}`,
    'data-theme': row.theme.key, 'data-source': source, 'data-count': n, title,
    tabindex: n ? 0 : null, role: n ? 'button' : null,
    onclick: n ? open : null, onkeydown: n ? e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } } : null },
  n ? fmt(n, ctx.language()) : '·');
  td.style.background = n ? colour(n) : '';
  // Dark cells get light text; the threshold is where Blues turns mid-blue.
  if (n && Math.sqrt(n / max) > 0.6) td.classList.add('dark');
  return td;
}

function legend(colour, max) {
  const stops = d3.range(0, 1.0001, 0.1).map(f => `${colour(f * f * max)} ${Math.round(f * 100)}%`);
  const ticks = [0, Math.round(max / 4), Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  return h('div', { class: 'matrix-legend' }, h('span', {}, ctx.t('matrix.legend')),
    h('div', { class: 'matrix-legend-scale' },
      h('div', { class: 'matrix-legend-bar', style: `background: linear-gradient(to right, ${stops.join(', ')})` }),
      h('div', { class: 'matrix-legend-ticks' }, ticks.map(v => h('span', { style: `left:${Math.sqrt(v / max) * 100}%` },
        fmt(v, ctx.language()))))));
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
