// The detail panel (aside#detail): a theme, actor or source with the evidence behind it, or one item with
// its passage in the source. What is open lives in the URL (node=actor:corona-gruppe, item=soroe-2020:332),
// so a link reopens it; Esc or the close button closes it.
import * as urlState from './state.js';
import { clusterNamer, sourceName } from './netstyle.js';
import { decorate as curationControls } from './curation.js';
import { echoStrings, echoWords, relationLabel, scoreLine } from './echoes.js';
import { centreHitInPassage, esc, itemHtml, mentionHtml, passageHtml, speakers, strings as pvStrings, toggleContext } from './provenance.js';

const METRICS = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'harmonic'];

export const strings = {
  da: {
    ...pvStrings.da,
    ...echoStrings.da,
    'dt.close': 'Luk', 'dt.loading': 'Henter …', 'dt.metrics': 'Nøgletal (hele materialet)', 'dt.counts': 'Udsagn',
    'dt.byKind': 'Efter slags', 'dt.bySource': 'Efter kilde', 'dt.findings': 'Fund', 'dt.quotes': 'Citater',
    'dt.echoes': 'Mulig genklang mellem kilder', 'dt.neighbours': 'Hænger sammen med', 'dt.none': 'Ingen.',
    'dt.community': 'Klynge', 'dt.sources': 'Nævnt i', 'dt.item': 'Udsagn', 'dt.back': '← Tilbage til {name}',
    'dt.themes': 'Temaer', 'dt.actors': 'Aktører', 'dt.similarity': 'lighed {value}', 'dt.terms': 'fælles ord: {terms}',
    'dt.total': '{n} udsagn i alt',
    'dt.byMention': '{text} nævner aktøren i teksten, {section} står i et afsnit, hvis titel nævner den',
    'dt.notFound': 'Findes ikke i grafen – linket er måske forældet ({message}).',
    'dt.addresses': 'Svarer på udfordringerne', 'dt.addressedBy': 'Anbefalinger, der svarer på udfordringen',
    'dt.why': 'Hvorfor denne type',
    'dt.why.heading': 'Kapiteloverskriften angiver typen',
    'dt.why.label': 'Listen står under en overskrift som «{label}»',
    'dt.why.lead-in': 'En indledende sætning før listen angiver typen',
    'dt.why.cue': 'Sætningens ordvalg (vurdering eller «bør/skal»)',
    'dt.why.template': 'Rapportens layout (fx to spalter eller sagsfremstilling)',
    'dt.why.quote': 'Citattegn, citatstil eller underskrift',
    'dt.why.default': 'Intet i teksten angiver en anden type',
    'dt.why.manual': 'Rettet af en person',
  },
  en: {
    ...pvStrings.en,
    ...echoStrings.en,
    'dt.close': 'Close', 'dt.loading': 'Loading …', 'dt.metrics': 'Key figures (all findings)', 'dt.counts': 'Findings',
    'dt.byKind': 'By kind', 'dt.bySource': 'By source', 'dt.findings': 'Findings', 'dt.quotes': 'Quotes',
    'dt.echoes': 'Candidate echoes across sources', 'dt.neighbours': 'Connected with', 'dt.none': 'None.',
    'dt.community': 'Cluster', 'dt.sources': 'Named in', 'dt.item': 'Finding', 'dt.back': '← Back to {name}',
    'dt.themes': 'Themes', 'dt.actors': 'Actors', 'dt.similarity': 'similarity {value}', 'dt.terms': 'shared words: {terms}',
    'dt.total': '{n} findings in all',
    'dt.byMention': '{text} name the actor in their text, {section} stand in a section whose title names it',
    'dt.notFound': 'Not in the graph – the link may be out of date ({message}).',
    'dt.addresses': 'Addresses the challenges', 'dt.addressedBy': 'Recommendations addressing this challenge',
    'dt.why': 'Why this kind',
    'dt.why.heading': 'The chapter heading gives the kind',
    'dt.why.label': 'Listed under a label such as “{label}”',
    'dt.why.lead-in': 'A lead-in sentence before the list gives the kind',
    'dt.why.cue': 'Cue words in the sentence (valence or ‘should’)',
    'dt.why.template': 'The report’s layout (e.g. two columns or a committee case)',
    'dt.why.quote': 'Quotation marks, quote style or signature',
    'dt.why.default': 'Nothing in the text indicates another kind',
    'dt.why.manual': 'Corrected by a person',
  },
};

let ctx, panel, shown = null, data = null, names = null;

export function init(c) {
  ctx = c;
  panel = document.getElementById('detail');
  panel.setAttribute('aria-labelledby', 'detail-title');
  panel.addEventListener('click', onClick);
  document.addEventListener('keydown', e => { if (e.key === 'Escape' && !panel.hidden) close(); });
  urlState.onChange(sync);
  ctx.onLanguage(() => { if (data) render(); });
  sync(ctx.state.get());
}

export function openNode(c, type, key) { c.state.set({ node: `${type}:${key}`, item: null }); }
export function openItem(c, id) { c.state.set({ item: id }); }

/** Esc on an item opened from a node goes back to the node; otherwise the panel closes. */
function close() {
  const s = ctx.state.get();
  ctx.state.set(s.item && s.node ? { item: null } : { node: null, item: null });
}

async function sync(s) {
  const want = s.item ? `item:${s.item}` : s.node ? `node:${s.node}` : null;
  if (want === shown) return;
  shown = want;
  data = null;
  document.body.classList.toggle('detail-open', !!want);
  if (!want) { panel.hidden = true; panel.replaceChildren(); delete panel.dataset.open; return; }
  panel.hidden = false;
  panel.dataset.loaded = 'false';
  panel.innerHTML = head('', '') + `<p class="muted">${esc(ctx.t('dt.loading'))}</p>`;
  try {
    const answer = s.item ? await loadItem(s.item) : await loadNode(s.node);
    if (shown !== want) return;   // something else was opened meanwhile
    data = answer;
    render();
  } catch (err) {
    if (shown !== want) return;
    const key = err.status === 404 ? 'dt.notFound' : 'error.generic';
    panel.innerHTML = head('', '') + `<p class="error">${esc(ctx.t(key, { message: err.message }))}</p>`;
  }
}

async function loadNode(id) {
  const at = id.indexOf(':');
  const type = id.slice(0, at), key = id.slice(at + 1);
  const [node, labels] = await Promise.all([ctx.api(`/api/node/${encodeURIComponent(type)}/${encodeURIComponent(key)}`), nameLookup()]);
  return { kind: 'node', id, node, labels };
}

async function loadItem(id) {
  const [context, full, labels] = await Promise.all([
    ctx.api(`/api/items/${encodeURIComponent(id)}/context?around=8`),
    ctx.api(`/api/items/${encodeURIComponent(id)}`), nameLookup()]);
  return { kind: 'item', id: `item:${id}`, context, full, labels };
}

/** Theme and actor names for an item's chips, fetched once. */
function nameLookup() {
  if (!names) {
    names = ctx.api('/api/graph?types=theme,actor').then(g => new Map(g.nodes.map(n => [n.id, n])))
      .catch(() => { names = null; return new Map(); });
  }
  return names;
}

function render() {
  panel.dataset.open = data.id;
  panel.innerHTML = data.kind === 'node' ? nodeHtml(data.node) : itemPanelHtml(data);
  // Set through the CSSOM: the page's CSP (style-src 'self') refuses style="…" in HTML.
  panel.querySelectorAll('td.bar span[data-width]').forEach(s => { s.style.width = `${s.dataset.width}%`; });
  panel.dataset.loaded = 'true';
  panel.scrollTop = 0;
  if (data.kind === 'item') centreHitInPassage(panel);
  curationControls(ctx, panel, data, refresh);
}

/** Reads the open item or node again (after a correction changed it). */
function refresh() {
  shown = null;
  names = null;
  sync(ctx.state.get());
}

function label(n) {
  if (n.type === 'source') return sourceName(ctx.meta, n.key || n.id.replace(/^source:/, ''));
  return (ctx.language() === 'en' && n.labelEn) || n.label || n.key || n.id;
}

/** The panel's head: what it shows (kind, type), an optional line under it (html), and its title. */
function head(type, title, under = '') {
  return `<div class="detail-head"><div><span class="detail-type">${esc(type)}</span>${under}
    <h2 id="detail-title">${esc(title)}</h2></div>
    <button type="button" id="detail-close" class="close" aria-label="${esc(ctx.t('dt.close'))}" title="${esc(ctx.t('dt.close'))}">×</button></div>`;
}

function section(cls, title, body) {
  return `<section class="detail-section ${cls}"><h3>${esc(title)}</h3>${body}</section>`;
}

function fmt(v) {
  if (v === undefined || v === null) return '–';
  return Number.isInteger(v) ? String(v) : (+v).toFixed(3);
}

function nodeHtml(d) {
  const n = d.node;
  const actor = n.type === 'actor' ? n.key : null;   // items then say how they mention it
  const metrics = METRICS.filter(m => n.metrics && n.metrics[m] !== undefined)
    .map(m => `<dt>${esc(ctx.t(`nw.metric.${m}`))}</dt><dd data-metric="${m}">${fmt(n.metrics[m])}</dd>`).join('');
  const extra = (n.community !== undefined && n.community !== null ? `<dt>${esc(ctx.t('dt.community'))}</dt><dd class="cluster">${esc(clusterText(n))}</dd>` : '')
    + (n.sources && n.sources.length ? `<dt>${esc(ctx.t('dt.sources'))}</dt><dd>${ctx.meta.sources.filter(s => n.sources.includes(s.id)).map(s => esc(sourceName(ctx.meta, s.id))).join(', ')}</dd>` : '');
  return head(ctx.t(`nw.one.${n.type}`), label(n))
    + (n.description && n.type !== 'actor' ? `<p class="description">${esc(n.description)}</p>` : '')
    + (metrics || extra ? section('metrics', ctx.t('dt.metrics'), `<dl class="figures">${metrics}${extra}</dl>`) : '')
    + section('counts', ctx.t('dt.counts'), countsHtml(d.counts))
    + section('findings', ctx.t('dt.findings'), findingsHtml(d, actor))
    + section('quotes-section', `${ctx.t('dt.quotes')} (${d.quotes.length})`, d.quotes.length
      ? `<ul class="quotes items">${d.quotes.map(q => itemHtml(ctx, q, { quote: true, actor })).join('')}</ul>` : none())
    + section('echoes', ctx.t('dt.echoes'), echoesHtml(d.echoes || []))
    + section('neighbours', ctx.t('dt.neighbours'), chips(d.neighbours || []));
}

/** The cluster as the legend names it ("Klynge om «Ledelse»"), not by its number. */
function clusterText(n) {
  const top = clusterNamer([...(data.labels || new Map()).values()])(n.type, n.community);
  return top ? ctx.t('nw.legend.cluster', { name: label(top) }) : String(n.community + 1);
}

function none() { return `<p class="muted">${esc(ctx.t('dt.none'))}</p>`; }

function bars(entries, name) {
  const max = Math.max(1, ...entries.map(([, v]) => v));
  return `<table class="bars">${entries.map(([k, v]) => `<tr data-key="${esc(k)}"><th>${esc(name(k))}</th>
    <td class="num">${v}</td><td class="bar"><span data-width="${(100 * v / max).toFixed(1)}"></span></td></tr>`).join('')}</table>`;
}

function countsHtml(counts) {
  const byKind = ctx.meta.kinds.filter(k => counts.byKind[k]).map(k => [k, counts.byKind[k]]);
  const bySource = ctx.meta.sources.filter(s => counts.bySource[s.id]).map(s => [s.id, counts.bySource[s.id]]);
  const total = byKind.reduce((a, [, v]) => a + v, 0);
  const m = counts.byMention;
  const byMention = m ? `<p class="muted by-mention" data-text="${m.text}" data-section="${m.section}">${esc(ctx.t('dt.byMention', m))}</p>` : '';
  return `<p class="muted">${esc(ctx.t('dt.total', { n: total }))}</p>${byMention}<div class="two">
    <div><h4>${esc(ctx.t('dt.byKind'))}</h4>${bars(byKind, k => ctx.t(`nw.kind.${k}`))}</div>
    <div><h4>${esc(ctx.t('dt.bySource'))}</h4>${bars(bySource, s => sourceName(ctx.meta, s))}</div></div>`;
}

/**
 * Findings grouped by kind, then by source; recommendations come with the challenges they address. For an
 * actor's panel each finding says how it mentions the actor (in its text or by its section).
 */
function findingsHtml(d, actor) {
  const recs = new Map((d.recommendations || []).map(r => [r.id, r]));
  const groups = ctx.meta.kinds.filter(k => k !== 'quote').map(kind => [kind, d.findings.filter(i => i.kind === kind).map(i => recs.get(i.id) || i)])
    .filter(([, items]) => items.length);
  if (!groups.length) return none();
  return groups.map(([kind, items]) => `<details class="kind-group" data-kind="${kind}" open>
    <summary>${esc(ctx.t(`nw.kind.${kind}`))} <span class="count">${items.length}</span></summary>
    ${d3.groups(items, i => i.source).map(([source, list]) => `<h4 class="by-source" data-source="${esc(source)}">${esc(sourceName(ctx.meta, source))}</h4>
      <ul class="items findings-list">${list.map(i => itemHtml(ctx, i, { actor })).join('')}</ul>`).join('')}</details>`).join('');
}

function echoesHtml(echoes) {
  if (!echoes.length) return none();
  const lang = ctx.language();
  return `<ul class="echo-list">${echoes.map(e => {
    const rel = relationLabel(ctx.t, e.relation);
    const words = echoWords(e.terms);
    return `<li class="echo echo-${esc(rel.relation)}" data-relation="${esc(rel.relation)}">
    <p class="echo-relation"><span class="relation-badge relation-${esc(rel.relation)}" title="${esc(rel.title)}">${esc(rel.text)}</span>
      <span class="muted" title="${esc(ctx.t('echo.score.doc'))}">${esc(scoreLine(ctx.t, lang, e))}</span></p>
    <ul class="items">${itemHtml(ctx, e.a, { kind: true })}${itemHtml(ctx, e.b, { kind: true })}</ul>
    ${words.length ? `<p class="muted">${esc(ctx.t('dt.terms', { terms: words.join(', ') }))}</p>` : ''}</li>`;
  }).join('')}</ul>`;
}

function chips(list) {
  if (!list.length) return none();
  return `<div class="chips">${list.map(n => `<button type="button" class="chip chip-${esc(n.type)}" data-node="${esc(n.id)}">`
    + `${esc(label(n))}${n.weight ? ` <span class="count">${n.weight}</span>` : ''}</button>`).join('')}</div>`;
}

function itemPanelHtml(d) {
  const c = d.context, item = c.item;
  const s = ctx.state.get();
  const from = s.node && (d.labels.get(s.node) || { id: s.node, type: s.node.split(':')[0], key: s.node.replace(/^\w+:/, '') });
  const back = from ? `<button type="button" class="link back" data-back="1">${esc(ctx.t('dt.back', { name: label(from) }))}</button>` : '';
  const named = (ids, type) => ids.map(k => d.labels.get(`${type}:${k}`) || { id: `${type}:${k}`, type, key: k });
  const text = item.kind === 'quote'
    ? `<blockquote class="text">${esc(item.text)}</blockquote><p class="said">${esc(ctx.t('pv.saidBy'))}: ${speakers(ctx, item)}</p>`
    : `<p class="text lead">${esc(item.text)}</p>`;
  return head(`${ctx.t(`nw.kind1.${item.kind}`)} · ${sourceName(ctx.meta, item.source)}`, item.section || ctx.t('dt.item'),
    whyHtml(item))
    + back + `<div class="item-detail" data-item-id="${esc(item.id)}">${text}</div>`
    + ((item.themes || []).length ? section('item-themes', ctx.t('dt.themes'), chips(named(item.themes, 'theme'))) : '')
    + actorsHtml(item, named)
    + `<div class="context provenance">${passageHtml(ctx, c)}</div>`
    + linkedHtml(d.full);
}

/**
 * The item's actors in two groups: those its own words name, and those only the title of its section names
 * ("i afsnittet «Jobbanken – udsendte medarbejdere»"), each group headed by how.
 */
function actorsHtml(item, named) {
  const groups = [['text', item.actors || []], ['section', item.actorsBySection || []]].filter(([, ids]) => ids.length);
  if (!groups.length) return '';
  return section('item-actors', ctx.t('dt.actors'), groups.map(([by, ids]) =>
    `<div class="mention-group" data-mention="${by}"><p class="mention-head">${mentionHtml(ctx, by, item.section)}</p>`
    + `${chips(named(ids, 'actor'))}</div>`).join(''));
}

/**
 * Why the item has its kind (kindBy), as one line under the kind. A list label is named by the kind's own
 * list name («Udfordringer» for a challenge): the graph keeps the chapter, not the label's wording.
 */
function whyHtml(item) {
  const by = item.kindBy;
  if (!by) return '';
  const key = `dt.why.${by}`;
  const text = ctx.t(key, { label: ctx.t(`nw.kind.${item.kind}`) });
  if (text === key) return '';   // a reason this page does not know yet
  return `<p class="kind-why" data-kind-by="${esc(by)}" title="${esc(ctx.t('dt.why'))}">${esc(text)}</p>`;
}

/** The item's ADDRESSES links (either direction) and its echoes in other sources, from /api/items/{id}. */
function linkedHtml(full) {
  const links = (full.addresses || []).map(a => ({ ...a, kind: a.kind || 'challenge' }));
  const title = full.kind === 'recommendation' ? 'dt.addresses' : 'dt.addressedBy';
  return (links.length ? section('item-addresses', ctx.t(title),
    `<ul class="items">${links.map(a => itemHtml(ctx, a, { kind: true })).join('')}</ul>`) : '')
    + ((full.echoes || []).length ? section('item-echoes', ctx.t('dt.echoes'), echoesHtml(full.echoes)) : '');
}

function onClick(e) {
  const t = e.target.closest('button');
  if (!t) return;
  if (t.id === 'detail-close') close();
  else if (t.dataset.back) ctx.state.set({ item: null });
  else if (t.dataset.context) toggleContext(ctx, t);
  else if (t.dataset.node) {
    const id = t.dataset.node, at = id.indexOf(':');
    openNode(ctx, id.slice(0, at), id.slice(at + 1));
  }
}
