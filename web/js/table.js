// Shared helpers for the matrix, overlap and console views: a sortable HTML table, CSV, table JSON shapes,
// and the labels (kinds, sources, themes) all three views show the same way. The element builder, numbers,
// source names and downloads are the kit's (kit.js); they are re-exported here only until matrix.js and
// overlap.js import them from the kit themselves.
import { h } from './kit.js';

export { h, fmt, sourceName, download } from './kit.js';

/** Strings every view of this family uses; each view spreads them into its own `strings`. */
export const sharedStrings = {
  da: {
    'views.kinds.all': 'Alle slags',
    'views.kinds.opportunity': 'Muligheder', 'views.kinds.challenge': 'Udfordringer',
    'views.kinds.recommendation': 'Anbefalinger', 'views.kinds.question': 'Spørgsmål',
    'views.kinds.observation': 'Iagttagelser', 'views.kinds.quote': 'Citater',
    'views.kind.opportunity': 'Mulighed', 'views.kind.challenge': 'Udfordring',
    'views.kind.recommendation': 'Anbefaling', 'views.kind.question': 'Spørgsmål', 'views.kind.observation': 'Iagttagelse',
    'views.kind.quote': 'Citat',
    'views.showInSource': 'Vis i kilden', 'views.empty': 'Ingen rækker', 'views.sortHint': 'Klik for at sortere',
    'views.download': 'Hent', 'views.loading': 'Henter …',
  },
  en: {
    'views.kinds.all': 'All kinds',
    'views.kinds.opportunity': 'Opportunities', 'views.kinds.challenge': 'Challenges',
    'views.kinds.recommendation': 'Recommendations', 'views.kinds.question': 'Questions',
    'views.kinds.observation': 'Observations', 'views.kinds.quote': 'Quotes',
    'views.kind.opportunity': 'Opportunity', 'views.kind.challenge': 'Challenge',
    'views.kind.recommendation': 'Recommendation', 'views.kind.question': 'Question', 'views.kind.observation': 'Observation',
    'views.kind.quote': 'Quote',
    'views.showInSource': 'Show in source', 'views.empty': 'No rows', 'views.sortHint': 'Click to sort',
    'views.download': 'Download', 'views.loading': 'Loading …',
  },
};

/**
 * Soft hyphens in long words so narrow column headers break inside Danish compounds
 * (Kommunal-direktør-foreningen) instead of overflowing: after l, r or s followed by another consonant.
 */
export function breakable(text) {
  return String(text).replace(/\p{L}{15,}/gu, w => w.replace(/(?<=\p{L}{4})([lrs])(?=[bcdfghjkmnpqtvwxz]\p{L}{3})/giu, '$1\u00ad'));
}

export function sourceTitle(ctx, id) {
  const s = (ctx.meta.sources || []).find(x => x.id === id);
  return s ? `${s.title} (${s.id})` : id;
}

/** A theme label in the current language from a {key|id,label,labelEn} record. */
export function themeLabel(ctx, theme) {
  if (!theme) return '';
  return (ctx.language() === 'en' && theme.labelEn) ? theme.labelEn : (theme.label || theme.key || theme.id);
}

/** Table JSON as the API documents it ({columns, rows:[[…]]}) or as the exporter writes it ([{…}]) → objects. */
export function tableObjects(table) {
  if (Array.isArray(table)) return table;
  if (table && Array.isArray(table.rows)) {
    const cols = table.columns || [];
    return table.rows.map(r => (Array.isArray(r) ? Object.fromEntries(cols.map((c, i) => [c, r[i]])) : r));
  }
  return [];
}

/** A "Vis i kilden" button that opens the item with its provenance in the detail panel. */
export function showInSource(ctx, id) {
  return h('button', { type: 'button', class: 'views-link', 'data-item': id, title: id,
    onclick: () => ctx.openItem(id) }, ctx.t('views.showInSource'));
}

/** CSV/XLSX links for a server table. */
export function downloadLinks(ctx, name) {
  return h('span', { class: 'views-downloads' }, `${ctx.t('views.download')}: `,
    ...['csv', 'xlsx'].map(f => h('a', { href: `/api/tables/${name}?format=${f}`, download: '',
      'data-format': f, class: 'views-download' }, f.toUpperCase())));
}

/**
 * Renders rows (objects) as a table whose headers sort it. columns: [{key, label, numeric, render(row) → node
 * or text, value(row) → sort/CSV value, class}]. Sorting is kept on the returned element between renders.
 */
export function sortableTable(columns, rows, { sort = null, emptyText = '', className = '' } = {}) {
  const table = h('table', { class: `views-table ${className}`.trim() });
  let current = sort;
  const value = (c, r) => (c.value ? c.value(r) : r[c.key]);
  function body() {
    const sorted = current ? sortRows(rows, columns.find(c => c.key === current.key), current.dir, value) : rows;
    const tbody = h('tbody', {}, sorted.map(r => h('tr', {}, columns.map(c => {
      const content = c.render ? c.render(r) : value(c, r);
      return h('td', { class: [c.numeric ? 'num' : '', c.class || ''].join(' ').trim() || null },
        content === null || content === undefined ? '' : content);
    }))));
    if (!rows.length) tbody.append(h('tr', {}, h('td', { colspan: columns.length, class: 'views-empty' }, emptyText)));
    return tbody;
  }
  function head() {
    return h('thead', {}, h('tr', {}, columns.map(c => {
      const dir = current && current.key === c.key ? current.dir : null;
      return h('th', { scope: 'col', class: c.numeric ? 'num' : null, 'data-key': c.key,
        'aria-sort': dir ? (dir > 0 ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'views-sort', onclick: () => toggle(c) }, c.label,
        h('span', { class: 'views-sort-mark', 'aria-hidden': 'true' }, dir ? (dir > 0 ? ' ▲' : ' ▼') : '')));
    })));
  }
  function toggle(c) {
    // Numbers first sort largest first: that is the question people ask of a count.
    const first = c.numeric ? -1 : 1;
    current = current && current.key === c.key ? { key: c.key, dir: -current.dir } : { key: c.key, dir: first };
    table.replaceChildren(head(), body());
  }
  table.replaceChildren(head(), body());
  return table;
}

function sortRows(rows, column, dir, value) {
  if (!column) return rows;
  const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const x = value(column, a);
    const y = value(column, b);
    if (x === y) return 0;
    if (x === null || x === undefined || x === '') return 1;  // blanks last either way
    if (y === null || y === undefined || y === '') return -1;
    if (typeof x === 'number' && typeof y === 'number') return dir * (x - y);
    return dir * collator.compare(String(x), String(y));
  });
}

/** RFC 4180 CSV with a header row; the BOM makes Excel read the Danish letters as UTF-8. */
export function toCsv(header, rows) {
  const cell = v => {
    const s = v === null || v === undefined ? '' : (typeof v === 'object' ? JSON.stringify(v) : String(v));
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + [header, ...rows].map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
