// The "Rettelser" view: every correction in force (who, when, what, target, before → after) with Fortryd/Undo,
// the ones whose target the graph no longer has marked, and the file to download as JSONL or CSV.
import { esc } from './provenance.js';
import { corrections, send } from './curation.js';

const strings = {
  da: {
    'tab.corrections': 'Rettelser', 'co.title': 'Rettelser i kraft',
    'co.intro': 'Rettelser, som personer har lavet til maskinens kodning. De gemmes i en fil ved siden af data og bruges igen ved hver indlæsning og analyse.',
    'co.when': 'Hvornår', 'co.who': 'Hvem', 'co.what': 'Hvad', 'co.target': 'Udsagn / personer', 'co.change': 'Før → efter',
    'co.undo': 'Fortryd', 'co.none': 'Ingen rettelser endnu. Ret en type, et tema, en aktør, en taler eller en genklang i panelet for et udsagn.',
    'co.missing': 'findes ikke længere i grafen', 'co.readOnly': 'Serveren er skrivebeskyttet: rettelser kan ses, men ikke laves eller fortrydes.',
    'co.download': 'Hent filen:', 'co.jsonl': 'JSON Lines (hele sporet)', 'co.csv': 'CSV',
    'co.what.kind': 'Type', 'co.what.themes': 'Temaer', 'co.what.actors': 'Aktører', 'co.what.speaker': 'Taler',
    'co.what.echo': 'Genklang', 'co.what.merge-people': 'Samme person', 'co.decision.confirm': 'bekræftet',
    'co.decision.reject': 'afvist', 'co.empty': '(ingen)',
  },
  en: {
    'tab.corrections': 'Corrections', 'co.title': 'Corrections in force',
    'co.intro': 'Corrections people made to the machine’s coding. They are kept in a file beside the data and applied again at every load and analysis.',
    'co.when': 'When', 'co.who': 'Who', 'co.what': 'What', 'co.target': 'Item / people', 'co.change': 'Before → after',
    'co.undo': 'Undo', 'co.none': 'No corrections yet. Correct a kind, theme, actor, speaker or echo in an item’s panel.',
    'co.missing': 'no longer in the graph', 'co.readOnly': 'This server is read-only: corrections can be seen, not made or undone.',
    'co.download': 'Download the file:', 'co.jsonl': 'JSON Lines (the whole trail)', 'co.csv': 'CSV',
    'co.what.kind': 'Kind', 'co.what.themes': 'Themes', 'co.what.actors': 'Actors', 'co.what.speaker': 'Speaker',
    'co.what.echo': 'Echo', 'co.what.merge-people': 'Same person', 'co.decision.confirm': 'confirmed',
    'co.decision.reject': 'rejected', 'co.empty': '(none)',
  },
};

let ctx, root, labels = null;

function value(c, v) {
  if (v === null || v === undefined) return ctx.t('co.empty');
  if (Array.isArray(v)) return v.length ? v.map(x => name(c, x)).join(', ') : ctx.t('co.empty');
  if (typeof v === 'object') {
    if (v.decision) return ctx.t(`co.decision.${v.decision}`) + (v.relation ? ` (${ctx.t(`cu.relation.${v.relation}`)})` : '');
    return v.similarity !== undefined && v.similarity !== null ? ctx.t('dt.similarity', { value: (+v.similarity).toFixed(2) }) : ctx.t('co.empty');
  }
  return c.what === 'kind' ? ctx.t(`nw.kind1.${v}`) : String(v);
}

function name(c, id) {
  const type = c.what === 'themes' ? 'theme' : c.what === 'actors' ? 'actor' : null;
  const n = type && labels && labels.get(`${type}:${id}`);
  return n ? (ctx.language() === 'en' && n.labelEn) || n.label || id : id;
}

function targetHtml(c) {
  const items = c.target.item ? [c.target.item] : c.target.items || [];
  if (items.length) return items.map(id => `<button type="button" class="link" data-item="${esc(id)}">${esc(id)}</button>`).join(' ↔ ');
  return esc((c.target.people || []).join(' → '));
}

async function render() {
  const l = await corrections(ctx, true);
  if (!labels) labels = await ctx.api('/api/graph?types=theme,actor').then(g => new Map(g.nodes.map(n => [n.id, n]))).catch(() => new Map());
  const rows = [...l.corrections].reverse().map(c => `<tr data-correction="${esc(c.id)}" data-what="${esc(c.what)}"${l.missing.includes(c.id) ? ' class="missing"' : ''}>
    <td>${esc(new Date(c.when).toLocaleString(ctx.language() === 'en' ? 'en-GB' : 'da-DK'))}</td><td>${esc(c.who)}</td>
    <td>${esc(ctx.t(`co.what.${c.what}`))}</td><td>${targetHtml(c)}${l.missing.includes(c.id) ? ` <em>(${esc(ctx.t('co.missing'))})</em>` : ''}</td>
    <td class="change">${esc(value(c, c.before))} → ${esc(value(c, c.after))}</td>
    <td>${l.readOnly ? '' : `<button type="button" class="btn" data-undo="${esc(c.id)}">${esc(ctx.t('co.undo'))}</button>`}</td></tr>`).join('');
  root.innerHTML = `<div class="corrections"><h2>${esc(ctx.t('co.title'))} <span class="count">${l.corrections.length}</span></h2>
    <p class="muted">${esc(ctx.t('co.intro'))}</p>
    ${l.readOnly ? `<p class="note read-only">${esc(ctx.t('co.readOnly'))}</p>` : ''}
    ${l.analysisStale ? `<p class="note stale">${esc(ctx.t('cu.stale'))}</p>` : ''}
    ${l.corrections.length ? `<table class="table corrections-table"><thead><tr><th>${esc(ctx.t('co.when'))}</th><th>${esc(ctx.t('co.who'))}</th>
      <th>${esc(ctx.t('co.what'))}</th><th>${esc(ctx.t('co.target'))}</th><th>${esc(ctx.t('co.change'))}</th><th></th></tr></thead>
      <tbody>${rows}</tbody></table>` : `<p class="muted none">${esc(ctx.t('co.none'))}</p>`}
    <p class="downloads">${esc(ctx.t('co.download'))} <a href="/api/corrections/export?format=jsonl" download>${esc(ctx.t('co.jsonl'))}</a> ·
      <a href="/api/corrections/export?format=csv" download>${esc(ctx.t('co.csv'))}</a></p></div>`;
  root.dataset.loaded = 'true';
}

async function onClick(e) {
  const t = e.target.closest('button');
  if (!t) return;
  if (t.dataset.item) ctx.openItem(t.dataset.item);
  else if (t.dataset.undo) {
    try {
      if (await send(ctx, { undo: t.dataset.undo })) await render();
    } catch (err) {
      ctx.showError(err);
    }
  }
}

export default {
  id: 'corrections', tabKey: 'tab.corrections', strings,
  async mount(el, c) {
    ctx = c;
    root = el;
    el.addEventListener('click', onClick);
    ctx.onLanguage(() => { if (!el.hidden) render(); });
  },
  async show() {
    root.dataset.loaded = 'false';
    await render();
  },
};
