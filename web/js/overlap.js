// Where the sources agree and where the material is thin: source × source overlap, echoes (items of
// different sources that make the same point) and gaps (challenges nobody answers, one-sided themes).
import { sharedStrings, h, fmt, breakable, sourceName, sourceTitle, sortableTable, showInSource, downloadLinks, tableObjects }
  from './table.js';
import { echoStrings, echoWords, relationLabel, scoreLine } from './echoes.js';

const strings = {
  da: {
    ...sharedStrings.da,
    ...echoStrings.da,
    'overlap.tab': 'Overlap',
    'overlap.pairs': 'Kilder × kilder', 'overlap.echoes': 'Mulig genklang på tværs af kilder', 'overlap.gaps': 'Huller',
    'overlap.pairsIntro': 'Hvor ens to kilder er i deres temaer (eller aktører). Klik på et felt for at se genklangen mellem de to.',
    'overlap.measure': 'Mål', 'overlap.measure.cosine': 'Vægtet profil (cosinus)', 'overlap.measure.jaccard': 'Jaccard',
    'overlap.measure.overlap': 'Overlapkoefficient',
    'overlap.measure.cosine.doc': 'Cosinus af de to kilders profiler: hvert temas andel af kildens udsagn om temaer. 1 = de fordeler deres udsagn ens på temaerne, 0 = intet tema til fælles. Skelner mellem kilder, der nævner de samme temaer, men vægter dem forskelligt.',
    'overlap.measure.jaccard.doc': 'Jaccard = fælles temaer ÷ alle temaer, som mindst én af dem nævner. Et enkelt udsagn tæller lige så meget som et helt kapitel, så store kilder ligner hinanden (0,93–0,96).',
    'overlap.measure.overlap.doc': 'Overlapkoefficient = fælles temaer ÷ temaerne i den kilde, der har færrest. 1 = den mindste kildes temaer findes alle i den anden.',
    'overlap.scale': 'Farven går fra parrets laveste (lys) til højeste (mørk) værdi af målet.',
    'overlap.echoesIntro': 'Kandidater: udsagn fra to forskellige kilder med vægtige ord til fælles, stærkeste først. Hver er mærket enige, modsat eller beslægtet; ordlighed finder samme emne sikkert, men samme pointe kun nogle gange, så læs begge udsagn.',
    'overlap.metric.theme': 'Temaer', 'overlap.metric.actor': 'Aktører', 'overlap.metric': 'Sammenlign',
    'overlap.diag': '{n} i alt', 'overlap.shared': '{n} fælles',
    'overlap.col.source': 'Kilde', 'overlap.col.other': 'Anden kilde', 'overlap.col.shared': 'Fælles',
    'overlap.col.jaccard': 'Jaccard', 'overlap.col.overlap': 'Overlapkoefficient', 'overlap.col.counts': 'Antal (kilde / anden)',
    'overlap.col.sharedActors': 'Fælles aktører', 'overlap.col.actorJaccard': 'Jaccard (aktører)',
    'overlap.col.sharedThemes': 'Fælles temaer', 'overlap.col.themeJaccard': 'Jaccard (temaer)',
    'overlap.col.themeOverlap': 'Overlap (temaer)', 'overlap.col.themeCosine': 'Cosinus (temaer)',
    'overlap.col.actorCosine': 'Cosinus (aktører)', 'overlap.col.actorOverlap': 'Overlap (aktører)',
    'overlap.similarity': 'Lighed', 'overlap.terms': 'Fælles ord', 'overlap.line': 'linje {line}',
    'overlap.filter': 'Kun {a} og {b}', 'overlap.allPairs': 'Vis alle', 'overlap.echoCount': '{n} ekkoer',
    'overlap.noEchoes': 'Ingen genklang mellem disse to kilder.',
    'gap.few-recommendations': 'Mange udfordringer, få anbefalinger',
    'gap.few-recommendations.doc': 'Temaer med mindst 5 udfordringer og færre anbefalinger end halvt så mange.',
    'gap.one-source': 'Temaer fra kun én kilde', 'gap.one-source.doc': 'Kun én kilde tager temaet op.',
    'gap.mostly-one-source': 'Temaer domineret af én kilde',
    'gap.mostly-one-source.doc': 'Flere kilder nævner temaet, men mindst tre fjerdedele af udsagnene kommer fra én af dem.',
    'gap.tension': 'Spændinger', 'gap.tension.doc': 'Et tema er en mulighed i én kilde og en udfordring i en anden.',
    'gap.tension-echo': 'Spændinger mellem udsagn',
    'gap.tension-echo.doc': 'To udsagn fra forskellige kilder om det samme, som vurderer det modsat (modsatte genklange).',
    'gap.col.echoText': 'Udsagn', 'gap.col.otherText': 'Modsat udsagn', 'gap.col.otherItemSource': 'Kilde',
    'gap.unaddressed-challenge': 'Udfordringer uden anbefalinger',
    'gap.unaddressed-challenge.doc': 'Udfordringer, som ingen anbefaling i materialet svarer på.',
    'gap.none': 'Ingen i materialet.',
    'gap.col.theme': 'Tema', 'gap.col.themes': 'Temaer', 'gap.col.source': 'Kilde', 'gap.col.challenges': 'Udfordringer',
    'gap.col.recommendations': 'Anbefalinger', 'gap.col.ratio': 'Anbefalinger pr. udfordring', 'gap.col.items': 'Udsagn',
    'gap.col.sources': 'Kilder', 'gap.col.share': 'Største kildes andel', 'gap.col.opportunities': 'Muligheder (kilde)',
    'gap.col.otherSource': 'Udfordringer i', 'gap.col.otherChallenges': 'Udfordringer (anden kilde)',
    'gap.col.section': 'Afsnit', 'gap.col.text': 'Udfordring',
  },
  en: {
    ...sharedStrings.en,
    ...echoStrings.en,
    'overlap.tab': 'Overlap',
    'overlap.pairs': 'Sources × sources', 'overlap.echoes': 'Candidate echoes across sources', 'overlap.gaps': 'Gaps',
    'overlap.pairsIntro': 'How alike two sources are in their themes (or actors). Click a cell to see the echoes between the two.',
    'overlap.measure': 'Measure', 'overlap.measure.cosine': 'Weighted profile (cosine)', 'overlap.measure.jaccard': 'Jaccard',
    'overlap.measure.overlap': 'Overlap coefficient',
    'overlap.measure.cosine.doc': 'Cosine of the two sources’ profiles: each theme’s share of the source’s items about themes. 1 = they spread their items over the themes alike, 0 = no theme in common. Tells apart sources that name the same themes but weigh them differently.',
    'overlap.measure.jaccard.doc': 'Jaccard = shared themes ÷ all themes that at least one of them names. One item counts as much as a whole chapter, so large sources look alike (0.93–0.96).',
    'overlap.measure.overlap.doc': 'Overlap coefficient = shared themes ÷ the themes of the source that has fewer. 1 = all of the smaller source’s themes are in the other.',
    'overlap.scale': 'The colour runs from the pairs’ lowest (light) to highest (dark) value of the measure.',
    'overlap.echoesIntro': 'Candidates: items from two different sources that share weighty words, strongest first. Each is marked agree, contrast or related; word similarity finds the same topic reliably but the same point only some of the time, so read both items.',
    'overlap.metric.theme': 'Themes', 'overlap.metric.actor': 'Actors', 'overlap.metric': 'Compare',
    'overlap.diag': '{n} in all', 'overlap.shared': '{n} shared',
    'overlap.col.source': 'Source', 'overlap.col.other': 'Other source', 'overlap.col.shared': 'Shared',
    'overlap.col.jaccard': 'Jaccard', 'overlap.col.overlap': 'Overlap coefficient', 'overlap.col.counts': 'Count (source / other)',
    'overlap.col.sharedActors': 'Shared actors', 'overlap.col.actorJaccard': 'Jaccard (actors)',
    'overlap.col.sharedThemes': 'Shared themes', 'overlap.col.themeJaccard': 'Jaccard (themes)',
    'overlap.col.themeOverlap': 'Overlap (themes)', 'overlap.col.themeCosine': 'Cosine (themes)',
    'overlap.col.actorCosine': 'Cosine (actors)', 'overlap.col.actorOverlap': 'Overlap (actors)',
    'overlap.similarity': 'Similarity', 'overlap.terms': 'Shared words', 'overlap.line': 'line {line}',
    'overlap.filter': 'Only {a} and {b}', 'overlap.allPairs': 'Show all', 'overlap.echoCount': '{n} echoes',
    'overlap.noEchoes': 'No echoes between these two sources.',
    'gap.few-recommendations': 'Many challenges, few recommendations',
    'gap.few-recommendations.doc': 'Themes with at least 5 challenges and fewer than half as many recommendations.',
    'gap.one-source': 'Themes from one source only', 'gap.one-source.doc': 'Only one source raises the theme.',
    'gap.mostly-one-source': 'Themes dominated by one source',
    'gap.mostly-one-source.doc': 'Several sources name the theme, but at least three quarters of its items come from one of them.',
    'gap.tension': 'Tensions', 'gap.tension.doc': 'A theme is an opportunity in one source and a challenge in another.',
    'gap.tension-echo': 'Tensions between items',
    'gap.tension-echo.doc': 'Two items of different sources on the same thing that judge it the opposite way (contrasting echoes).',
    'gap.col.echoText': 'Item', 'gap.col.otherText': 'Contrasting item', 'gap.col.otherItemSource': 'Source',
    'gap.unaddressed-challenge': 'Challenges without recommendations',
    'gap.unaddressed-challenge.doc': 'Challenges that no recommendation in the material answers.',
    'gap.none': 'None in the material.',
    'gap.col.theme': 'Theme', 'gap.col.themes': 'Themes', 'gap.col.source': 'Source', 'gap.col.challenges': 'Challenges',
    'gap.col.recommendations': 'Recommendations', 'gap.col.ratio': 'Recommendations per challenge', 'gap.col.items': 'Items',
    'gap.col.sources': 'Sources', 'gap.col.share': 'Largest source’s share', 'gap.col.opportunities': 'Opportunities (source)',
    'gap.col.otherSource': 'Challenges in', 'gap.col.otherChallenges': 'Challenges (other source)',
    'gap.col.section': 'Section', 'gap.col.text': 'Challenge',
  },
};

let ctx;
let root;
// Pair measures, the discriminating one first (the default): see the overlap.measure.*.doc strings.
const MEASURES = ['cosine', 'jaccard', 'overlap'];
const view = { data: null, themes: new Map(), metric: 'theme', measure: 'cosine', pair: null };

function mount(el, context) {
  ctx = context;
  root = el;
  el.classList.add('views-view');
  const section = (id, titleKey, table, ...rest) => h('section', { id: `overlap-${id}`, class: 'overlap-section' },
    h('div', { class: 'views-section-head' }, h('h2', { 'data-i18n': titleKey }), h('span', { id: `overlap-${id}-count`, class: 'views-muted' }),
      downloadLinks(ctx, table)), ...rest);
  el.replaceChildren(
    h('nav', { class: 'overlap-nav' }, ['pairs', 'echoes', 'gaps'].map(id => h('button', { type: 'button', class: 'views-link',
      'data-i18n': `overlap.${id}`, onclick: () => root.querySelector(`#overlap-${id}`).scrollIntoView({ behavior: 'smooth' }) }))),
    section('pairs', 'overlap.pairs', 'source-overlap',
      h('p', { class: 'views-intro', 'data-i18n': 'overlap.pairsIntro' }),
      h('div', { class: 'views-toolbar' }, h('span', { 'data-i18n': 'overlap.metric' }),
        ['theme', 'actor'].map(m => h('label', { class: 'views-radio' },
          h('input', { type: 'radio', name: 'overlap-metric', value: m, onchange: () => ctx.state.set({ ometric: m === 'theme' ? null : m }) }),
          h('span', { 'data-i18n': `overlap.metric.${m}` }))),
        h('span', { 'data-i18n': 'overlap.measure' }),
        MEASURES.map(m => h('label', { class: 'views-radio' },
          h('input', { type: 'radio', name: 'overlap-measure', value: m, onchange: () => ctx.state.set({ omeasure: m === 'cosine' ? null : m }) }),
          h('span', { 'data-i18n': `overlap.measure.${m}` })))),
      h('p', { id: 'overlap-measure-doc', class: 'views-note overlap-measure-doc' }),
      h('div', { class: 'overlap-pairs' }, h('div', { id: 'overlap-heat' }), h('div', { id: 'overlap-pair-table' }))),
    section('echoes', 'overlap.echoes', 'echoes', h('p', { class: 'views-intro', 'data-i18n': 'overlap.echoesIntro' }),
      h('div', { id: 'overlap-echo-filter' }), h('div', { id: 'overlap-echo-list' })),
    section('gaps', 'overlap.gaps', 'gaps', h('div', { id: 'overlap-gap-list' })));
  ctx.translate(el);
  ctx.onLanguage(() => { ctx.translate(root); render(); });
}

async function show(state) {
  view.metric = state.ometric === 'actor' ? 'actor' : 'theme';
  view.measure = MEASURES.includes(state.omeasure) ? state.omeasure : 'cosine';
  const [a, b] = (state.opair || '').split('|');
  view.pair = a && b ? [a, b] : null;
  root.querySelectorAll('input[name=overlap-metric]').forEach(i => { i.checked = i.value === view.metric; });
  root.querySelectorAll('input[name=overlap-measure]').forEach(i => { i.checked = i.value === view.measure; });
  if (!view.data) await load();
  render();
}

async function load() {
  const get = name => ctx.api(`/api/tables/${name}`).then(tableObjects).catch(err => ({ error: err }));
  const [pairs, echoes, gaps] = await Promise.all(['source-overlap', 'echoes', 'gaps'].map(get));
  view.data = { pairs, echoes, gaps };
  await loadThemeLabels();
}

/** Theme names in both languages (the tables carry only ids); the page still works with ids if this fails. */
async function loadThemeLabels() {
  try {
    const graph = await ctx.api('/api/graph?types=theme');
    view.themes = new Map(graph.nodes.map(n => [n.key || n.id.replace(/^theme:/, ''), n]));
  } catch (err) {
    view.themes = new Map();
  }
}

function render() {
  if (!view.data) return;
  const { pairs, echoes, gaps } = view.data;
  part('#overlap-heat', pairs, () => renderHeat(pairs));
  part('#overlap-pair-table', pairs, () => renderPairTable(pairs));
  part('#overlap-echo-list', echoes, () => renderEchoes(echoes));
  part('#overlap-gap-list', gaps, () => renderGaps(gaps));
  if (!gaps.error) root.querySelector('#overlap-gaps-count').textContent = `(${gaps.length})`;
  if (!pairs.error) root.querySelector('#overlap-pairs-count').textContent = `(${pairs.length})`;
}

/** Runs one part's renderer, or shows that part's error in its place so the rest of the view still works. */
function part(selector, data, fn) {
  if (data.error) {
    root.querySelector(selector).replaceChildren(h('p', { class: 'views-error', role: 'alert' },
      ctx.t('error.generic', { message: data.error.message })));
  } else {
    fn();
  }
}

function themeName(id) {
  const n = view.themes.get(id);
  if (!n) return id;
  return ctx.language() === 'en' && n.labelEn ? n.labelEn : (n.label || id);
}

function sourcesOf(pairs) {
  const ids = new Set(pairs.flatMap(p => [p.source, p.other]));
  const order = (ctx.meta.sources || []).map(s => s.id);
  return [...ids].sort((x, y) => order.indexOf(x) - order.indexOf(y));
}

/** The table columns of the chosen metric (themes or actors) and measure. */
function columnsOf(metric, measure) {
  const suffix = { cosine: 'Cosine', jaccard: 'Jaccard', overlap: 'Overlap' }[measure];
  return metric === 'actor' ? { own: 'actors', other: 'otherActors', shared: 'sharedActors', value: `actor${suffix}` }
    : { own: 'themes', other: 'otherThemes', shared: 'sharedThemes', value: `theme${suffix}` };
}

function renderHeat(pairs) {
  const m = columnsOf(view.metric, view.measure);
  const sources = sourcesOf(pairs);
  const find = (a, b) => pairs.find(p => (p.source === a && p.other === b) || (p.source === b && p.other === a));
  const own = s => { const p = pairs.find(x => x.source === s || x.other === s); return p ? (p.source === s ? p[m.own] : p[m.other]) : 0; };
  // Colour by the pairs' own range: on a fixed 0–1 scale the values of large sources (0.73–0.96) all look alike.
  const values = pairs.map(p => p[m.value]).filter(v => typeof v === 'number');
  const [lo, hi] = d3.extent(values);
  const rank = v => (hi > lo ? (v - lo) / (hi - lo) : 1);
  const lang = ctx.language();
  const cell = (a, b) => {
    if (a === b) return h('td', { class: 'overlap-diag num' }, ctx.t('overlap.diag', { n: own(a) }));
    const p = find(a, b);
    if (!p) return h('td', {}, '');
    const selected = view.pair && view.pair.includes(a) && view.pair.includes(b);
    const v = p[m.value];
    const td = h('td', { class: `num overlap-cell${selected ? ' selected' : ''}`, 'data-pair': `${p.source}|${p.other}`,
      'data-value': v, tabindex: 0, role: 'button', title: `${sourceName(ctx, a)} × ${sourceName(ctx, b)}`,
      onclick: () => ctx.state.set({ opair: selected ? null : `${p.source}|${p.other}` }) },
    h('strong', {}, fmt(v, lang, 2)), h('small', {}, ctx.t('overlap.shared', { n: p[m.shared] })));
    if (typeof v === 'number') {
      td.style.background = d3.interpolateGreens(0.12 + 0.63 * rank(v));
      if (rank(v) > 0.6) td.classList.add('dark');
    }
    return td;
  };
  root.querySelector('#overlap-measure-doc').replaceChildren(ctx.t(`overlap.measure.${view.measure}.doc`), ' ',
    ctx.t('overlap.scale'));
  root.querySelector('#overlap-heat').replaceChildren(h('table', { class: 'overlap-heat', 'data-measure': view.measure },
    h('thead', {}, h('tr', {}, h('th', {}, ''), sources.map(s => h('th', { scope: 'col', title: sourceTitle(ctx, s) }, breakable(sourceName(ctx, s)))))),
    h('tbody', {}, sources.map(a => h('tr', {}, h('th', { scope: 'row', title: sourceTitle(ctx, a) }, breakable(sourceName(ctx, a))),
      sources.map(b => cell(a, b)))))));
}

function renderPairTable(pairs) {
  const lang = ctx.language();
  const num = (key, label, digits = 0) => ({ key, label, numeric: true, render: r => fmt(r[key], lang, digits) });
  // The measures of the chosen metric only (themes or actors), so the table fits beside nothing and needs no scrolling.
  const m = view.metric === 'actor' ? 'actor' : 'theme';
  const columns = [
    { key: 'source', label: ctx.t('overlap.col.source'), value: r => sourceName(ctx, r.source), render: r => breakable(sourceName(ctx, r.source)) },
    { key: 'other', label: ctx.t('overlap.col.other'), value: r => sourceName(ctx, r.other), render: r => breakable(sourceName(ctx, r.other)) },
    num(`shared${m === 'actor' ? 'Actors' : 'Themes'}`, ctx.t(`overlap.col.shared${m === 'actor' ? 'Actors' : 'Themes'}`)),
    num(`${m}Cosine`, ctx.t(`overlap.col.${m}Cosine`), 2), num(`${m}Jaccard`, ctx.t(`overlap.col.${m}Jaccard`), 2),
    num(`${m}Overlap`, ctx.t(`overlap.col.${m}Overlap`), 2),
  ];
  // Most alike pair first by what the heatmap shows.
  root.querySelector('#overlap-pair-table').replaceChildren(sortableTable(columns, pairs, { className: 'overlap-pair-table',
    emptyText: ctx.t('views.empty'), sort: { key: columnsOf(view.metric, view.measure).value, dir: -1 } }));
}

function renderEchoes(echoes) {
  const shown = view.pair ? echoes.filter(e => view.pair.includes(e.source) && view.pair.includes(e.otherSource)) : echoes;
  root.querySelector('#overlap-echoes-count').textContent = view.pair ? `(${shown.length} / ${echoes.length})` : `(${echoes.length})`;
  root.querySelector('#overlap-echo-filter').replaceChildren(view.pair ? h('p', { class: 'views-filter' },
    ctx.t('overlap.filter', { a: sourceName(ctx, view.pair[0]), b: sourceName(ctx, view.pair[1]) }), ' ',
    h('button', { type: 'button', class: 'views-link', onclick: () => ctx.state.set({ opair: null }) }, ctx.t('overlap.allPairs'))) : '');
  const list = root.querySelector('#overlap-echo-list');
  if (!shown.length) { list.replaceChildren(h('p', { class: 'views-muted' }, ctx.t('overlap.noEchoes'))); return; }
  list.replaceChildren(...shown.map(echoCard));
}

function echoCard(e) {
  const lang = ctx.language();
  const side = (id, source, kind, line, text) => h('div', { class: 'echo-side' },
    h('div', { class: 'echo-meta' }, h('strong', { title: sourceTitle(ctx, source) }, sourceName(ctx, source)), ' · ',
      h('span', { class: `views-kind kind-${kind}` }, ctx.t(`views.kind.${kind}`)), ' · ', ctx.t('overlap.line', { line })),
    h('p', { class: 'echo-text' }, text), showInSource(ctx, id));
  const terms = echoWords(e.terms);
  const rel = relationLabel(ctx.t, e.relation);
  return h('article', { class: `echo echo-${rel.relation}`, 'data-item': e.item, 'data-other': e.otherItem, 'data-relation': rel.relation },
    h('div', { class: 'echo-head' },
      h('span', { class: `relation-badge relation-${rel.relation}`, title: rel.title }, rel.text),
      h('span', { class: 'echo-sim', title: ctx.t('echo.score.doc') }, scoreLine(ctx.t, lang, e)),
      h('span', { class: 'echo-bar' }, h('span', { style: `width:${Math.round(Math.min(1, e.similarity) * 100)}%` })),
      terms.length ? h('span', { class: 'echo-terms' }, `${ctx.t('echo.words')}: `, terms.map(t => h('span', { class: 'views-chip' }, t))) : ''),
    h('div', { class: 'echo-pair' }, side(e.item, e.source, e.kind, e.line, e.text),
      side(e.otherItem, e.otherSource, e.otherKind, e.otherLine, e.otherText)));
}

// The gaps table mixes five kinds of row, each with its own columns filled: one sub-table per kind; tensions
// read from contrasting echoes (basis 'echo') get their own, as they name two items rather than counts.
const GAP_KINDS = ['few-recommendations', 'one-source', 'mostly-one-source', 'tension', 'tension-echo', 'unaddressed-challenge'];
const gapRows = (gaps, kind) => kind === 'tension-echo' ? gaps.filter(g => g.gap === 'tension' && g.basis === 'echo')
  : gaps.filter(g => g.gap === kind && g.basis !== 'echo');

function gapColumns(kind) {
  const lang = ctx.language();
  const c = (key, label, more = {}) => ({ key, label: ctx.t(`gap.col.${label || key}`), ...more });
  const num = (key, label, digits = 0) => c(key, label, { numeric: true, render: r => fmt(r[key], lang, digits) });
  const pct = (key, label) => c(key, label, { numeric: true, render: r => `${fmt(r[key] * 100, lang)} %` });
  const theme = c('theme', 'theme', { value: r => themeName(r.theme),
    render: r => h('button', { type: 'button', class: 'views-link', onclick: () => ctx.openNode('theme', r.theme) }, themeName(r.theme)) });
  const source = (key, label) => c(key, label, { value: r => sourceName(ctx, r[key]), class: 'nowrap' });
  switch (kind) {
    case 'few-recommendations': return [theme, num('challenges'), num('recommendations'), num('share', 'ratio', 2)];
    case 'one-source': return [theme, source('source'), num('items')];
    case 'mostly-one-source': return [theme, source('source'), pct('share'), num('items'), num('sources')];
    case 'tension': return [theme, source('source'), num('opportunities'), source('otherSource'), num('challenges', 'otherChallenges')];
    case 'tension-echo': {
      // each text with its own "show in source", so it is clear which link opens which item
      const withSource = (text, item) => r => h('div', {}, h('p', { class: 'gap-echo-text' }, r[text]), showInSource(ctx, r[item]));
      return [c('text', 'echoText', { class: 'views-text', render: withSource('text', 'item') }), source('source'),
        c('otherText', 'otherText', { class: 'views-text', render: withSource('otherText', 'otherItem') }),
        source('otherSource', 'otherItemSource'),
        c('theme', 'themes', { class: 'gap-themes', value: r => (r.theme || '').split(/,\s*/).filter(Boolean).map(themeName).join(', ') })];
    }
    default: return [c('text', 'text', { class: 'views-text' }),
      c('theme', 'themes', { class: 'gap-themes', value: r => (r.theme || '').split(/,\s*/).filter(Boolean).map(themeName).join(', ') }),
      c('section'), source('source'), c('item', null, { label: '', render: r => showInSource(ctx, r.item) })];
  }
}

function renderGaps(gaps) {
  const groups = GAP_KINDS.map(kind => {
    const rows = gapRows(gaps, kind);
    return h('div', { class: 'gap-group', 'data-gap': kind },
      h('h3', {}, ctx.t(`gap.${kind}`), ' ', h('span', { class: 'views-muted' }, `(${rows.length})`)),
      h('p', { class: 'views-note' }, ctx.t(`gap.${kind}.doc`)),
      rows.length ? sortableTable(gapColumns(kind), rows, { className: `gap-table gap-${kind}` })
        : h('p', { class: 'views-muted' }, ctx.t('gap.none')));
  });
  root.querySelector('#overlap-gap-list').replaceChildren(...groups);
}

export default { id: 'overlap', tabKey: 'overlap.tab', strings, mount, show };
