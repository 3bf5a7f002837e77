// Read-only Cypher console: the query library or your own Cypher, parameters as inputs, results as a
// sortable table (and a small graph when nodes come back). The query sits in the URL, so a link re-runs it.
import { h, download } from './kit.js';
import { sharedStrings, sortableTable, toCsv } from './table.js';
import * as minigraph from './minigraph.js';

const strings = {
  da: {
    ...sharedStrings.da,
    'console.tab': 'Cypher', 'console.library': 'Færdige forespørgsler', 'console.own': '— egen forespørgsel —',
    'console.run': 'Kør', 'console.runHint': 'Ctrl+Enter kører forespørgslen', 'console.csv': 'Hent CSV',
    'console.hint': 'Konsollen er skrivebeskyttet: kun læsende forespørgsler (MATCH … RETURN). Højst {rows} rækker og {mb} MB, afbrydes efter {s} s.',
    'console.params': 'Parametre', 'console.placeholder': 'MATCH (t:Theme) RETURN t.id, t.name ORDER BY t.name',
    'console.rows': '{n} rækker', 'console.truncated': '(afkortet ved {cap})', 'console.truncatedBytes': '(afkortet ved {mb} MB)', 'console.ms': '{ms} ms', 'console.limit': 'grænse {s} s',
    'console.running': 'Kører …', 'console.graphNote': 'Grafen viser de første {shown} af {total} knuder.',
    'console.serverSays': 'Serverens besked:',
    'console.refused.writes': 'Afvist: konsollen er skrivebeskyttet. Forespørgsler, der ændrer grafen (CREATE, MERGE, SET, DELETE, REMOVE …), er ikke tilladt.',
    'console.refused.load-csv': 'Afvist: LOAD CSV er ikke tilladt i konsollen.',
    'console.refused.procedure': 'Afvist: dette procedurekald (CALL …) er ikke på konsollens liste over tilladte procedurer.',
    'console.refused.multiple-statements': 'Afvist: kun én forespørgsel ad gangen. Fjern semikolon mellem flere sætninger.',
    'console.refused.command': 'Afvist: konsollen viser kun indeks, constraints, procedurer og funktioner (SHOW INDEXES …), ikke serverens indstillinger eller andres transaktioner.',
    'console.bad.memory': 'Forespørgslen kræver mere hukommelse, end en forespørgsel i konsollen må bruge. Begræns den, fx med LIMIT.',
    'console.busy': 'Der kører allerede så mange forespørgsler i konsollen, som der må. Prøv igen om {s} s.',
    'console.refused': 'Afvist: forespørgslen er ikke tilladt i konsollen.',
    'console.bad.syntax': 'Syntaksfejl: Neo4j kan ikke læse forespørgslen. Se beskeden herunder for linje og kolonne.',
    'console.bad.parameter': 'Parameterfejl: en parameter mangler eller har forkert type. Udfyld felterne under forespørgslen.',
    'console.bad.empty': 'Skriv en forespørgsel først.',
    'console.bad': 'Forespørgslen kunne ikke køres.',
    'console.timeout': 'Forespørgslen tog for lang tid og blev afbrudt. Begræns den, fx med LIMIT eller færre mønstre.',
    'console.failed': 'Fejl ved kørsel (HTTP {status}).',
  },
  en: {
    ...sharedStrings.en,
    'console.tab': 'Cypher', 'console.library': 'Library queries', 'console.own': '— your own query —',
    'console.run': 'Run', 'console.runHint': 'Ctrl+Enter runs the query', 'console.csv': 'Download CSV',
    'console.hint': 'The console is read-only: reading queries only (MATCH … RETURN). At most {rows} rows and {mb} MB, stopped after {s} s.',
    'console.params': 'Parameters', 'console.placeholder': 'MATCH (t:Theme) RETURN t.id, t.name ORDER BY t.name',
    'console.rows': '{n} rows', 'console.truncated': '(truncated at {cap})', 'console.truncatedBytes': '(truncated at {mb} MB)', 'console.ms': '{ms} ms', 'console.limit': 'limit {s} s',
    'console.running': 'Running …', 'console.graphNote': 'The graph shows the first {shown} of {total} nodes.',
    'console.serverSays': 'The server says:',
    'console.refused.writes': 'Refused: the console is read-only. Queries that change the graph (CREATE, MERGE, SET, DELETE, REMOVE …) are not allowed.',
    'console.refused.load-csv': 'Refused: LOAD CSV is not allowed in the console.',
    'console.refused.procedure': 'Refused: this procedure call (CALL …) is not on the console\'s list of allowed procedures.',
    'console.refused.multiple-statements': 'Refused: one query at a time. Remove the semicolons between statements.',
    'console.refused.command': 'Refused: the console shows only indexes, constraints, procedures and functions (SHOW INDEXES …), not the server\'s settings or other clients\' transactions.',
    'console.bad.memory': 'The query needs more memory than a console query may use. Narrow it, e.g. with LIMIT.',
    'console.busy': 'As many console queries as allowed are already running. Try again in {s} s.',
    'console.refused': 'Refused: the query is not allowed in the console.',
    'console.bad.syntax': 'Syntax error: Neo4j cannot read the query. The message below gives line and column.',
    'console.bad.parameter': 'Parameter error: a parameter is missing or has the wrong type. Fill in the fields below the query.',
    'console.bad.empty': 'Write a query first.',
    'console.bad': 'The query could not be run.',
    'console.timeout': 'The query took too long and was stopped. Narrow it, e.g. with LIMIT or fewer patterns.',
    'console.failed': 'Error while running (HTTP {status}).',
  },
};

let ctx;
let root;
const view = { library: [], docs: new Map(), values: {}, picked: null, result: null, error: null, lastKey: null, running: false };
const $ = sel => root.querySelector(sel);

async function mount(el, context) {
  ctx = context;
  root = el;
  el.classList.add('views-view');
  el.replaceChildren(
    h('div', { class: 'views-toolbar' }, h('label', {}, h('span', { 'data-i18n': 'console.library' }), ' ',
      h('select', { id: 'console-library', onchange: e => pick(e.target.value) }))),
    h('p', { id: 'console-notes', class: 'views-note' }),
    h('textarea', { id: 'console-editor', class: 'console-editor', rows: 6, spellcheck: 'false', autocapitalize: 'off',
      'data-i18n-placeholder': 'console.placeholder', onkeydown: onKey, oninput: () => { syncPicker(); renderParams(); fitEditor(); } }),
    h('div', { id: 'console-params', class: 'console-params' }),
    h('div', { class: 'console-actions' },
      h('button', { type: 'button', id: 'console-run', class: 'views-primary', 'data-i18n-title': 'console.runHint', onclick: () => run() },
        h('span', { 'data-i18n': 'console.run' }), h('kbd', {}, 'Ctrl+Enter')),
      h('button', { type: 'button', id: 'console-csv', hidden: true, onclick: downloadCsv, 'data-i18n': 'console.csv' }),
      h('span', { class: 'views-note', id: 'console-hint' })),
    h('div', { id: 'console-message', 'aria-live': 'polite' }),
    h('p', { id: 'console-summary', class: 'views-muted' }),
    h('div', { id: 'console-result', class: 'console-result' }),
    h('div', { id: 'console-graph', class: 'console-graph' }));
  ctx.translate(el);
  renderHint();
  ctx.onLanguage(() => { ctx.translate(root); renderHint(); renderPicker(); renderNotes(); renderParams(); renderResult(); });
  try {
    view.library = await ctx.api('/api/queries');
  } catch (err) {
    view.library = [];
    showMessage(err);
  }
  renderPicker();
}

async function show(state) {
  const params = Object.fromEntries(Object.entries(state).filter(([k]) => k.startsWith('p.')).map(([k, v]) => [k.slice(2), v]));
  if (state.q && key(state.q, params) !== view.lastKey) {
    $('#console-editor').value = state.q;
    fitEditor();
    view.values = { ...params };
    rememberDocs(state.qname);
    renderPicker(state.qname);
    renderParams();
    await execute(state.q, params);
  } else if (!state.q && state.qname && !$('#console-editor').value) {
    pick(state.qname);
  }
}

const key = (q, params) => JSON.stringify([q, Object.entries(params).filter(([, v]) => v !== '').sort()]);

/** The editor grows with the query (library queries run to 15 lines) so nothing hides behind a scrollbar. */
function fitEditor() {
  const editor = $('#console-editor');
  editor.rows = Math.min(24, Math.max(6, editor.value.split('\n').length + 1));
}

function onKey(e) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
}

function title(q) {
  return (ctx.language() === 'en' ? q.titleEn : q.titleDa) || q.titleDa || q.name;
}

function renderPicker(selected) {
  const select = $('#console-library');
  const current = selected ?? select.value;
  const sorted = [...view.library].sort((a, b) => title(a).localeCompare(title(b), ctx.language()));
  select.replaceChildren(h('option', { value: '' }, ctx.t('console.own')),
    ...sorted.map(q => h('option', { value: q.name, title: q.name }, title(q))));
  select.value = view.library.some(q => q.name === current) ? current : '';
}

/** A library query fills the editor and its parameter inputs (with the doc's example, if any). */
function pick(name) {
  const q = view.library.find(x => x.name === name);
  if (!q) return;
  $('#console-editor').value = q.cypher;
  fitEditor();
  rememberDocs(name);
  view.values = {};
  for (const p of q.params || []) view.values[p.name] = exampleOf(p);
  renderPicker(name);
  renderParams();
}

function rememberDocs(name) {
  const q = view.library.find(x => x.name === name);
  for (const p of (q && q.params) || []) view.docs.set(p.name, p);
  view.picked = q || null;
  renderNotes();
}

/** The picked query's note in the page's language (the library holds both). */
function renderNotes() {
  const q = view.picked;
  $('#console-notes').textContent = q ? (ctx.language() === 'en' ? q.notesEn : q.notesDa) || '' : '';
}

/** The parameter's example: the API's "example", else the doc's last parentheses ("theme id (jobbank-udlaan)"). */
function exampleOf(param) {
  if (!param) return '';
  if (param.example !== undefined && param.example !== null) return String(param.example);
  const m = /\(([^()]*)\)\s*$/.exec(param.doc || '');
  return m ? m[1].trim() : '';
}

/** Once the text differs from the picked library query it is the user's own; the picker says so. */
function syncPicker() {
  const select = $('#console-library');
  const q = view.library.find(x => x.name === select.value);
  if (q && q.cypher.trim() !== $('#console-editor').value.trim()) {
    select.value = '';
    view.picked = null;
    renderNotes();
  }
}

/** Parameters named in the query text ($name, outside strings and comments), in order of appearance. */
function paramNames(text) {
  const code = text.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map(m => m[1]))];
}

function renderParams() {
  const names = paramNames($('#console-editor').value);
  const box = $('#console-params');
  if (!names.length) { box.replaceChildren(); return; }
  box.replaceChildren(h('span', { class: 'console-params-title' }, ctx.t('console.params')),
    ...names.map(name => {
      const doc = view.docs.get(name)?.doc || '';
      return h('label', { class: 'console-param', title: doc }, h('code', {}, `$${name}`),
        h('input', { type: 'text', 'data-param': name, value: view.values[name] ?? '', placeholder: exampleOf(view.docs.get(name)),
          oninput: e => { view.values[name] = e.target.value; }, onkeydown: onKey }),
        doc ? h('small', {}, doc) : '');
    }));
}

/** Typed values: numbers and booleans as JSON numbers/booleans, because Cypher compares 5 and '5' differently. */
function typed(v) {
  if (/^-?\d+$/.test(v)) return Number.parseInt(v, 10);
  if (/^-?\d*\.\d+$/.test(v)) return Number.parseFloat(v);
  if (v === 'true' || v === 'false') return v === 'true';
  return v;
}

function currentParams() {
  const names = paramNames($('#console-editor').value);
  return Object.fromEntries(names.filter(n => (view.values[n] ?? '') !== '').map(n => [n, view.values[n]]));
}

/** Runs the editor's query and writes it to the URL (show() then sees it is already done). */
async function run() {
  const q = $('#console-editor').value;
  const params = currentParams();
  const picked = $('#console-library').value;
  const state = { q, qname: picked || null };
  for (const k of Object.keys(ctx.state.get())) if (k.startsWith('p.')) state[k] = null;
  for (const [k, v] of Object.entries(params)) state[`p.${k}`] = v;
  const running = execute(q, params);
  ctx.state.set(state);
  await running;
}

async function execute(q, params) {
  view.lastKey = key(q, params);
  view.running = true;
  $('#console-run').disabled = true;
  $('#console-message').replaceChildren(h('p', { class: 'views-muted' }, ctx.t('console.running')));
  const typedParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typed(v)]));
  try {
    view.result = await ctx.api('/api/cypher', { json: { query: q, params: typedParams } });
    view.error = null;
  } catch (err) {
    view.result = null;
    view.error = err;
  } finally {
    view.running = false;
    $('#console-run').disabled = false;
  }
  renderResult();
}

function renderResult() {
  $('#console-message').replaceChildren();
  $('#console-csv').hidden = !view.result;
  if (view.error) {
    showMessage(view.error);
    $('#console-summary').textContent = '';
    $('#console-result').replaceChildren();
    $('#console-graph').replaceChildren();
    return;
  }
  const r = view.result;
  if (!r) return;
  const cut = r.cutBy === 'bytes' ? ctx.t('console.truncatedBytes', { mb: megabytes(r.byteCap) }) : ctx.t('console.truncated', { cap: r.rowCap });
  const parts = [ctx.t('console.rows', { n: r.rows.length }) + (r.truncated ? ` ${cut}` : ''),
    ctx.t('console.ms', { ms: r.elapsedMillis })];
  if (r.timeoutMillis) parts.push(ctx.t('console.limit', { s: Math.round(r.timeoutMillis / 1000) }));
  $('#console-summary').textContent = parts.join(' · ');
  const columns = r.columns.map((c, i) => ({ key: String(i), label: c, value: row => sortValue(row[i]),
    render: row => cell(row[i]), numeric: r.rows.some(x => typeof x[i] === 'number') && r.rows.every(x => x[i] === null || typeof x[i] === 'number') }));
  $('#console-result').replaceChildren(sortableTable(columns, r.rows, { emptyText: ctx.t('views.empty'), className: 'console-table' }));
  const graph = r.graph;
  const el = $('#console-graph');
  if (graph && graph.nodes && graph.nodes.length) {
    minigraph.render(el, graph, { onNode: openNode, note: (shown, total) => ctx.t('console.graphNote', { shown, total }) });
  } else {
    el.replaceChildren();
  }
}

/** A refusal, bad query or timeout in words (by the server's reason), with the server's own message below. */
function showMessage(err) {
  const body = err.body || {};
  let text;
  if (err.status === 403) text = ctx.t(`console.refused.${body.reason}`) !== `console.refused.${body.reason}` ? ctx.t(`console.refused.${body.reason}`) : ctx.t('console.refused');
  else if (err.status === 400) text = ctx.t(`console.bad.${body.reason}`);
  else if (err.status === 408) text = ctx.t('console.timeout');
  else if (err.status === 429) text = ctx.t('console.busy', { s: Math.max(1, Math.ceil(((ctx.meta.console || {}).timeoutMillis || 1000) / 1000)) });
  else text = err.status ? ctx.t('console.failed', { status: err.status }) : ctx.t('error.network');
  if (text.startsWith('console.bad.')) text = ctx.t('console.bad');
  $('#console-message').replaceChildren(h('div', { class: 'views-error console-error', role: 'alert',
    'data-status': err.status || '', 'data-reason': body.reason || '' },
  h('p', {}, text), body.message ? h('p', { class: 'views-muted' }, ctx.t('console.serverSays')) : '',
  body.message ? h('pre', {}, body.message) : ''));
}

const isNode = v => v && typeof v === 'object' && !Array.isArray(v) && Array.isArray(v._labels);
const isRel = v => v && typeof v === 'object' && !Array.isArray(v) && typeof v._type === 'string';

/** A missing value (a quote without speaker) reads as a dash, not as the word null. */
const NONE = '—';

/** Compact text for a value: nodes as ":Label name", relationships as "[:TYPE]", lists joined, null as a dash. */
function text(v) {
  if (v === null || v === undefined) return NONE;
  if (isNode(v)) return `:${v._labels.join(':')} ${v.name || v.title || v.id || ''}`.trim();
  if (isRel(v)) return `[:${v._type}]`;
  if (Array.isArray(v)) return `[${v.map(text).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function sortValue(v) {
  return typeof v === 'number' || v === null ? v : text(v);
}

function cell(v) {
  if (v === null || v === undefined) return h('span', { class: 'views-muted console-none', title: 'null' }, NONE);
  if (isNode(v)) return h('button', { type: 'button', class: 'views-chip console-node', title: JSON.stringify(v), onclick: () => openNode(v) },
    h('small', {}, v._labels.join(':')), ' ', String(v.name || v.title || v.id || (v.text || '').slice(0, 50)));
  if (isRel(v)) return h('span', { class: 'views-chip console-rel', title: JSON.stringify(v) }, `[:${v._type}]`);
  if (Array.isArray(v)) return h('span', {}, v.flatMap((x, i) => (i ? [', ', cell(x)] : [cell(x)])));
  if (typeof v === 'number' && !Number.isInteger(v)) return String(Math.round(v * 10000) / 10000);
  return text(v);
}

/** Row values by Neo4j element id, so a node of the drawing (element id only) finds its own id property. */
function rowNode(elementId) {
  const seek = v => {
    if (Array.isArray(v)) { for (const x of v) { const hit = seek(x); if (hit) return hit; } return null; }
    if (!v || typeof v !== 'object') return null;
    if (isNode(v)) return v._id === elementId ? v : null;
    return seek(Object.values(v));
  };
  return seek(view.result ? view.result.rows : []);
}

/** Themes, actors and sources open in the detail panel; items with their provenance. */
function openNode(node) {
  const n = isNode(node) ? node : (rowNode(node.id) || node);
  const labels = n._labels || n.labels || (n.type ? [n.type] : []);
  const key = n.key || n.id;
  const lower = labels.map(l => String(l).toLowerCase());
  const id = String(key || '').replace(/^(theme|actor|source|item):/, '');
  for (const type of ['theme', 'actor', 'source']) if (lower.includes(type)) return ctx.openNode(type, id);
  if (lower.some(l => ['item', 'finding', 'quote'].includes(l) || ctx.meta.kinds?.includes(l))) ctx.openItem(id);
}

function downloadCsv() {
  const r = view.result;
  if (!r) return;
  const rows = r.rows.map(row => row.map(v => (v === null || typeof v !== 'object' ? v : text(v))));
  download('cypher-resultat.csv', toCsv(r.columns, rows));
}

export default { id: 'console', tabKey: 'console.tab', strings, mount, show };

/** The limits the server applies (serve --query-timeout, --max-rows), as /api/meta reports them. */
function renderHint() {
  const limits = ctx.meta.console || { rowCap: 1000, timeoutMillis: 10000, byteCap: 4194304 };
  document.getElementById('console-hint').textContent =
    ctx.t('console.hint', { rows: limits.rowCap, mb: megabytes(limits.byteCap), s: Math.round(limits.timeoutMillis / 100) / 10 });
}

/** Bytes as MB with one decimal at most (4194304 → 4.2). */
function megabytes(bytes) {
  return Math.round(bytes / 100000) / 10;
}
