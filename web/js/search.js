// The network's sidebar: full-text search (Danish stemming on the server) and the filters. It only writes
// the URL state; network.js reads it back in show(), so a reloaded link restores the same picture.
import { esc, sourceName } from './kit.js';
import { sourceColour } from './netstyle.js';

const TYPES = ['theme', 'actor', 'source', 'item'];
const METRICS = ['pagerank', 'degree', 'weightedDegree', 'betweenness', 'harmonic', 'items'];
const COLORS = ['community', 'coverage', 'source'];
const SCOPES = ['whole', 'filtered'];
const LIMIT = 50;

const strings = {
  da: {
    'nw.search.label': 'Søg i udsagn og citater', 'nw.search.placeholder': 'fx møde, hjemmearbejde, værnemidler',
    'nw.search.button': 'Søg', 'nw.search.empty': 'Skriv et ord at søge efter, fx «møde».',
    'nw.search.total': '{total} udsagn matcher «{query}»', 'nw.search.shown': 'viser de første {n}',
    'nw.search.none': 'Ingen udsagn matcher «{query}».', 'nw.search.nodes': '{n} temaer og aktører fremhævet i netværket',
    'nw.search.clear': 'Ryd søgning', 'nw.search.busy': 'Søger …',
    'nw.show': 'Vis', 'nw.sources': 'Kilder', 'nw.kinds': 'Slags udsagn',
    'nw.minWeight': 'Mindste forbindelse (antal udsagn)', 'nw.metric': 'Størrelse efter', 'nw.color': 'Farve efter',
    'nw.scope': 'Nøgletal beregnet på', 'nw.scope.whole': 'hele materialet', 'nw.scope.filtered': 'de valgte udsagn',
    'nw.save.svg': 'Gem SVG', 'nw.save.png': 'Gem PNG', 'nw.save.title': 'Gem netværket, som det ses nu',
    'nw.reset': 'Nulstil filtre',
    'nw.items.note': 'Udsagn tegnes som små trekanter (mange punkter).',
  },
  en: {
    'nw.search.label': 'Search findings and quotes', 'nw.search.placeholder': 'e.g. møde, hjemmearbejde, værnemidler',
    'nw.search.button': 'Search', 'nw.search.empty': 'Type a word to search for, e.g. “møde”.',
    'nw.search.total': '{total} findings match “{query}”', 'nw.search.shown': 'showing the first {n}',
    'nw.search.none': 'No findings match “{query}”.', 'nw.search.nodes': '{n} themes and actors highlighted in the network',
    'nw.search.clear': 'Clear search', 'nw.search.busy': 'Searching …',
    'nw.show': 'Show', 'nw.sources': 'Sources', 'nw.kinds': 'Kinds of findings',
    'nw.minWeight': 'Minimum link (number of findings)', 'nw.metric': 'Size by', 'nw.color': 'Colour by',
    'nw.scope': 'Scores computed on', 'nw.scope.whole': 'all findings', 'nw.scope.filtered': 'the chosen findings',
    'nw.save.svg': 'Save SVG', 'nw.save.png': 'Save PNG', 'nw.save.title': 'Save the network as it is shown now',
    'nw.reset': 'Reset filters',
    'nw.items.note': 'Findings are drawn as small triangles (many points).',
  },
};

function checkboxes(name, values, label, swatch = () => '') {
  return values.map(v => `<label class="check"><input type="checkbox" name="${name}" value="${esc(v)}">`
    + `${swatch(v)}<span data-label="${esc(v)}">${esc(label(v))}</span></label>`).join('');
}

export function createSidebar(el, ctx, hooks) {
  let last = null, submittedEmpty = false;
  const meta = ctx.meta;
  el.innerHTML = `
    <form id="net-search" class="net-search" role="search">
      <label for="net-q" data-i18n="nw.search.label"></label>
      <div class="row"><input id="net-q" type="search" autocomplete="off" data-i18n-placeholder="nw.search.placeholder">
        <button type="submit" class="btn primary" data-i18n="nw.search.button"></button></div>
      <p id="net-search-msg" class="hint" aria-live="polite"></p>
      <ol id="net-results" class="results"></ol>
    </form>
    <fieldset id="net-types"><legend data-i18n="nw.show"></legend><div class="checks"></div></fieldset>
    <fieldset id="net-sources"><legend data-i18n="nw.sources"></legend><div class="checks"></div></fieldset>
    <fieldset id="net-kinds"><legend data-i18n="nw.kinds"></legend><div class="checks"></div></fieldset>
    <div class="field"><label for="net-minweight" data-i18n="nw.minWeight"></label>
      <div class="row"><input id="net-minweight" type="range" min="1" max="15" step="1"><output id="net-minweight-value"></output></div></div>
    <div class="field"><label for="net-metric" data-i18n="nw.metric"></label><select id="net-metric"></select></div>
    <div class="field"><label for="net-scope" data-i18n="nw.scope"></label><select id="net-scope"></select></div>
    <div class="field"><label for="net-color" data-i18n="nw.color"></label><select id="net-color"></select></div>
    <div class="row"><button type="button" id="net-reset" class="btn" data-i18n="nw.reset"></button></div>`;
  const $ = sel => el.querySelector(sel);

  function labels() {
    $('#net-types .checks').innerHTML = checkboxes('types', TYPES, t => ctx.t(`nw.type.${t}`));
    $('#net-sources .checks').innerHTML = checkboxes('sources', meta.sources.map(s => s.id), id => sourceName(meta, id),
      id => `<i class="dot source-mark" data-colour="${sourceColour(meta, id)}"></i>`);
    // Set through the CSSOM: the page's CSP (style-src 'self') refuses style="…" in HTML.
    el.querySelectorAll('#net-sources .dot[data-colour]').forEach(d => { d.style.background = d.dataset.colour; });
    $('#net-kinds .checks').innerHTML = checkboxes('kinds', meta.kinds, k => ctx.t(`nw.kind.${k}`));
    $('#net-metric').innerHTML = METRICS.map(m => `<option value="${m}">${esc(ctx.t(`nw.metric.${m}`))}</option>`).join('');
    $('#net-scope').innerHTML = SCOPES.map(s => `<option value="${s}">${esc(ctx.t(`nw.scope.${s}`))}</option>`).join('');
    $('#net-color').innerHTML = COLORS.map(c => `<option value="${c}">${esc(ctx.t(`nw.color.${c}`))}</option>`).join('');
    ctx.translate(el);
  }

  /** A checkbox group as a URL value: all checked is the default (no key); the last one cannot be unchecked. */
  function group(name, all, key, event) {
    const chosen = [...el.querySelectorAll(`input[name=${name}]:checked`)].map(i => i.value);
    if (!chosen.length) { event.target.checked = true; return; }
    const isDefault = key === 'types' ? chosen.join(',') === 'theme,actor' : chosen.length === all.length;
    hooks.set({ [key]: isDefault ? null : chosen.join(',') });
  }

  function wire() {
    $('#net-types').addEventListener('change', e => group('types', TYPES, 'types', e));
    $('#net-sources').addEventListener('change', e => group('sources', meta.sources, 'sources', e));
    $('#net-kinds').addEventListener('change', e => group('kinds', meta.kinds, 'kinds', e));
    $('#net-minweight').addEventListener('input', e => { $('#net-minweight-value').textContent = e.target.value; });
    $('#net-minweight').addEventListener('change', e => hooks.set({ minWeight: e.target.value === '1' ? null : e.target.value }));
    $('#net-metric').addEventListener('change', e => hooks.set({ metric: e.target.value === 'pagerank' ? null : e.target.value }));
    $('#net-scope').addEventListener('change', e => hooks.set({ scope: e.target.value === 'whole' ? null : e.target.value }));
    $('#net-color').addEventListener('change', e => hooks.set({ color: e.target.value === 'community' ? null : e.target.value }));
    $('#net-reset').addEventListener('click', () => hooks.set(
      { types: null, sources: null, kinds: null, minWeight: null, metric: null, scope: null, color: null, links: null, q: null }));
    $('#net-search').addEventListener('submit', e => {
      e.preventDefault();
      const q = $('#net-q').value.trim();
      submittedEmpty = !q;
      if (!q) message(ctx.t('nw.search.empty'));
      hooks.set({ q: q || null });
    });
    $('#net-results').addEventListener('click', e => {
      const b = e.target.closest('[data-item]');
      if (b) ctx.openItem(b.dataset.item);
    });
  }

  function message(text) { $('#net-search-msg').textContent = text; }

  /** Puts the filters into the controls (after a reload or a back button). */
  function sync(f) {
    const tick = (name, chosen) => el.querySelectorAll(`input[name=${name}]`)
      .forEach(i => { i.checked = !chosen || chosen.includes(i.value); });
    tick('types', f.types);
    tick('sources', f.sources);
    tick('kinds', f.kinds);
    $('#net-minweight').value = String(f.minWeight);
    $('#net-minweight-value').textContent = String(f.minWeight);
    $('#net-metric').value = f.metric;
    $('#net-scope').value = f.scope;
    $('#net-color').value = f.color;
    if (document.activeElement !== $('#net-q')) $('#net-q').value = f.q;
  }

  /** Runs the search and lists the items; returns the graph ids to highlight (null: no search). */
  async function search(q) {
    last = null;
    $('#net-results').replaceChildren();
    if (!q) { if (!submittedEmpty) message(''); submittedEmpty = false; return null; }
    message(ctx.t('nw.search.busy'));
    try {
      last = await ctx.api(`/api/search?q=${encodeURIComponent(q)}&limit=${LIMIT}`);
    } catch (err) {
      message(ctx.t('error.generic', { message: err.message }));
      return null;
    }
    results();
    return new Set([...last.nodes.map(n => n.id), ...last.items.map(i => `item:${i.id}`)]);
  }

  function results() {
    if (!last) return;
    const total = last.total ?? last.items.length;
    if (!total) { message(ctx.t('nw.search.none', { query: last.query })); return; }
    let text = ctx.t('nw.search.total', { total, query: last.query });
    if (total > last.items.length) text += ` (${ctx.t('nw.search.shown', { n: last.items.length })})`;
    message(`${text}. ${ctx.t('nw.search.nodes', { n: last.nodes.length })}.`);
    $('#net-results').innerHTML = last.items.map(i => `<li><button type="button" class="result" data-item="${esc(i.id)}">
      <span class="kind kind-${esc(i.kind)}">${esc(ctx.t(`nw.kind1.${i.kind}`))}</span>
      <span class="src">${esc(sourceName(meta, i.source))}</span>
      <span class="text">${esc(i.text.length > 180 ? i.text.slice(0, 177) + ' …' : i.text)}</span></button></li>`).join('');
  }

  labels();
  wire();
  return { sync, search, relabel(f) { labels(); if (f) sync(f); results(); } };
}

export { strings };
