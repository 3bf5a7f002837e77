// Corrections in the detail panel: a person changes an item's kind, themes, actors or speaker, confirms or
// rejects its echoes, or merges its speaker with another person. Each change is one POST /api/corrections;
// who corrects is asked once ("Hvem retter?") and kept in localStorage. A read-only server shows no controls.
import { esc } from './provenance.js';

const WHO = 'erfaringsgraf.who';

export const strings = {
  da: {
    'cu.title': 'Ret maskinens kodning', 'cu.who': 'Hvem retter? Skriv dit navn (gemmes i denne browser):',
    'cu.kind': 'Type', 'cu.themes': 'Temaer', 'cu.actors': 'Aktører', 'cu.speaker': 'Sagt af',
    'cu.add': 'Tilføj …', 'cu.remove': 'Fjern {name}', 'cu.save': 'Gem', 'cu.merge': 'Samme person som …',
    'cu.mergeDo': 'Slå sammen', 'cu.echo': 'Genklang', 'cu.confirm': 'Bekræft', 'cu.reject': 'Afvis',
    'cu.relation.agrees': 'siger det samme', 'cu.relation.contrasts': 'modsiger', 'cu.relation.related': 'samme emne',
    'cu.saved': 'Rettelsen er gemt.', 'cu.stale': 'Nøgletal og genklang beregnes igen med rettelsen …',
    'cu.manual': 'rettet af en person',
  },
  en: {
    'cu.title': 'Correct the machine’s coding', 'cu.who': 'Who is correcting? Your name (kept in this browser):',
    'cu.kind': 'Kind', 'cu.themes': 'Themes', 'cu.actors': 'Actors', 'cu.speaker': 'Said by',
    'cu.add': 'Add …', 'cu.remove': 'Remove {name}', 'cu.save': 'Save', 'cu.merge': 'Same person as …',
    'cu.mergeDo': 'Merge', 'cu.echo': 'Echo', 'cu.confirm': 'Confirm', 'cu.reject': 'Reject',
    'cu.relation.agrees': 'same point', 'cu.relation.contrasts': 'contradicts', 'cu.relation.related': 'same topic',
    'cu.saved': 'The correction is saved.', 'cu.stale': 'Key figures and echoes are being recomputed with the correction …',
    'cu.manual': 'corrected by a person',
  },
};

let listing = null;

/** GET /api/corrections, cached until a correction is made or undone. */
export function corrections(ctx, fresh = false) {
  if (!listing || fresh) listing = ctx.api('/api/corrections').catch(err => { listing = null; throw err; });
  return listing;
}

/** The name of the person correcting: asked once, then kept in localStorage. */
export function who(ctx) {
  let name = localStorage.getItem(WHO);
  if (!name || !name.trim()) {
    name = window.prompt(ctx.t('cu.who'), '');
    if (!name || !name.trim()) return null;
    localStorage.setItem(WHO, name.trim());
  }
  return name.trim();
}

/** Sends one correction (or an undo, with {undo: id}); refreshes the cached list; returns the answer. */
export async function send(ctx, body) {
  const name = who(ctx);
  if (!name) return null;
  const answer = body.undo
    ? await ctx.api(`/api/corrections/${encodeURIComponent(body.undo)}/undo`, { json: { who: name } })
    : await ctx.api('/api/corrections', { json: { who: name, ...body } });
  await corrections(ctx, true);
  ctx.status(ctx.t(answer.analysisStale ? 'cu.stale' : 'cu.saved'));
  return answer;
}

/** Adds the editing section to an item's panel (data as detail.js loaded it); {@code reload} re-reads the item. */
export async function decorate(ctx, panel, data, reload) {
  if (data.kind !== 'item') return;
  let l;
  try { l = await corrections(ctx); } catch (err) { return; }
  if (l.readOnly || panel.dataset.open !== data.id) return;
  const item = data.context.item, full = data.full;
  const el = document.createElement('section');
  el.className = 'detail-section curation';
  el.innerHTML = `<h3>${esc(ctx.t('cu.title'))}</h3>` + kindHtml(ctx, item)
    + listHtml(ctx, 'themes', 'theme', item.themes || [], data.labels)
    + listHtml(ctx, 'actors', 'actor', [...(item.actors || []), ...(item.actorsBySection || [])], data.labels)
    + (item.kind === 'quote' ? speakerHtml(ctx, item, l.people || []) : '')
    + echoesHtml(ctx, item, full.echoes || []);
  el.addEventListener('change', e => onChange(ctx, e, item, reload));
  el.addEventListener('click', e => onClick(ctx, e, item, reload));
  // right under the item's own text, themes and actors, before its passage in the source
  const passage = panel.querySelector('.context.provenance');
  if (passage) passage.before(el); else panel.appendChild(el);
}

function kindHtml(ctx, item) {
  return `<label class="cu-row"><span>${esc(ctx.t('cu.kind'))}</span><select data-cu="kind">${ctx.meta.kinds.map(k =>
    `<option value="${k}"${k === item.kind ? ' selected' : ''}>${esc(ctx.t(`nw.kind1.${k}`))}</option>`).join('')}</select></label>`;
}

function name(ctx, labels, type, id) {
  const n = labels.get(`${type}:${id}`);
  return n ? (ctx.language() === 'en' && n.labelEn) || n.label || id : id;
}

function listHtml(ctx, what, type, ids, labels) {
  const all = [...labels.values()].filter(n => n.type === type && !ids.includes(n.key || n.id.slice(type.length + 1)));
  const chips = ids.map(id => `<span class="chip chip-${type}" data-id="${esc(id)}">${esc(name(ctx, labels, type, id))}
    <button type="button" class="chip-remove" data-cu-remove="${what}" data-id="${esc(id)}"
      aria-label="${esc(ctx.t('cu.remove', { name: name(ctx, labels, type, id) }))}">×</button></span>`).join('');
  return `<div class="cu-row" data-cu-list="${what}" data-ids="${esc(ids.join(' '))}"><span>${esc(ctx.t(`cu.${what}`))}</span>
    <div class="chips">${chips}<select data-cu-add="${what}"><option value="">${esc(ctx.t('cu.add'))}</option>${all
      .map(n => [n.key || n.id.slice(type.length + 1), name(ctx, labels, type, n.key || n.id.slice(type.length + 1))])
      .sort((a, b) => a[1].localeCompare(b[1])).map(([id, label]) => `<option value="${esc(id)}">${esc(label)}</option>`).join('')}
    </select></div></div>`;
}

function speakerHtml(ctx, item, people) {
  const person = (item.speakers || []).find(s => s && s.type === 'person');
  const others = people.filter(p => !person || p !== person.name);
  return `<div class="cu-row"><span>${esc(ctx.t('cu.speaker'))}</span><div>
    <input type="text" data-cu="speaker" list="cu-people" value="${esc(person ? person.name : '')}" maxlength="200">
    <datalist id="cu-people">${people.map(p => `<option value="${esc(p)}">`).join('')}</datalist>
    <button type="button" class="btn" data-cu-save="speaker">${esc(ctx.t('cu.save'))}</button>
    ${person ? `<select data-cu="merge"><option value="">${esc(ctx.t('cu.merge'))}</option>${others.map(p =>
      `<option value="${esc(p)}">${esc(p)}</option>`).join('')}</select>
    <button type="button" class="btn" data-cu-save="merge" data-from="${esc(person.name)}">${esc(ctx.t('cu.mergeDo'))}</button>` : ''}
  </div></div>`;
}

function echoesHtml(ctx, item, echoes) {
  if (!echoes.length) return '';
  return `<div class="cu-row"><span>${esc(ctx.t('cu.echo'))}</span><ul class="cu-echoes">${echoes.map(e => {
    const other = e.a.id === item.id ? e.b : e.a;
    return `<li data-a="${esc(e.a.id)}" data-b="${esc(e.b.id)}"><span class="cu-other">${esc(other.id)}</span>
      <select data-cu="relation">${['agrees', 'contrasts', 'related'].map(r => `<option value="${r}"${r === e.relation ? ' selected' : ''}>${esc(ctx.t(`cu.relation.${r}`))}</option>`).join('')}</select>
      <button type="button" class="btn" data-cu-echo="confirm">${esc(ctx.t('cu.confirm'))}</button>
      <button type="button" class="btn" data-cu-echo="reject">${esc(ctx.t('cu.reject'))}</button>${e.by === 'manual' ? ` <em class="muted">${esc(ctx.t('cu.manual'))}</em>` : ''}</li>`;
  }).join('')}</ul></div>`;
}

async function apply(ctx, body, reload) {
  try {
    if (await send(ctx, body)) reload();
  } catch (err) {
    ctx.showError(err);
  }
}

function onChange(ctx, e, item, reload) {
  const t = e.target;
  if (t.dataset.cu === 'kind' && t.value !== item.kind) {
    apply(ctx, { what: 'kind', target: { item: item.id }, after: t.value }, reload);
  } else if (t.dataset.cuAdd && t.value) {
    const ids = t.closest('[data-cu-list]').dataset.ids.split(' ').filter(Boolean);
    apply(ctx, { what: t.dataset.cuAdd, target: { item: item.id }, after: [...ids, t.value] }, reload);
  }
}

function onClick(ctx, e, item, reload) {
  const t = e.target.closest('button');
  if (!t) return;
  if (t.dataset.cuRemove) {
    const ids = t.closest('[data-cu-list]').dataset.ids.split(' ').filter(Boolean);
    apply(ctx, { what: t.dataset.cuRemove, target: { item: item.id }, after: ids.filter(id => id !== t.dataset.id) }, reload);
  } else if (t.dataset.cuSave === 'speaker') {
    const value = t.parentElement.querySelector('[data-cu="speaker"]').value.trim();
    if (value) apply(ctx, { what: 'speaker', target: { item: item.id }, after: value }, reload);
  } else if (t.dataset.cuSave === 'merge') {
    const into = t.parentElement.querySelector('[data-cu="merge"]').value;
    if (into) apply(ctx, { what: 'merge-people', target: { people: [t.dataset.from, into] } }, reload);
  } else if (t.dataset.cuEcho) {
    const li = t.closest('li');
    const after = { decision: t.dataset.cuEcho };
    if (after.decision === 'confirm') after.relation = li.querySelector('[data-cu="relation"]').value;
    apply(ctx, { what: 'echo', target: { items: [li.dataset.a, li.dataset.b] }, after }, reload);
  }
}
