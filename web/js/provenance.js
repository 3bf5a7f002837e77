// One finding or quote as the detail panel shows it, and its provenance: "Vis i kilden" fetches
// GET /api/items/{id}/context and shows the passage with the item's own lines highlighted.
import { esc, sourceName } from './kit.js';

// detail.js still takes esc from here; the later round imports it from the kit.
export { esc } from './kit.js';

export const strings = {
  da: {
    'pv.show': 'Vis i kilden', 'pv.hide': 'Skjul kilden', 'pv.line': 'linje {n}', 'pv.lines': 'linje {from}–{to}',
    'pv.page': 'side {page}',
    'pv.loading': 'Henter kildeteksten …', 'pv.saidBy': 'Sagt af', 'pv.unattributed': 'Ikke navngivet i kilden',
    'pv.addresses': 'Svarer på udfordringen', 'pv.score': 'lighed {score}',
    'pv.mention.text': 'nævnt i teksten', 'pv.mention.section': 'i afsnittet «{section}»',
    'pv.mention.sectionTitle': 'Udsagnet nævner ikke selv aktøren; det står i et afsnit, hvis titel gør',
  },
  en: {
    'pv.show': 'Show in source', 'pv.hide': 'Hide source', 'pv.line': 'line {n}', 'pv.lines': 'lines {from}–{to}',
    'pv.page': 'page {page}',
    'pv.loading': 'Loading the source text …', 'pv.saidBy': 'Said by', 'pv.unattributed': 'Not named in the source',
    'pv.addresses': 'Addresses the challenge', 'pv.score': 'similarity {score}',
    'pv.mention.text': 'named in the text', 'pv.mention.section': 'in the section «{section}»',
    'pv.mention.sectionTitle': 'The item does not name the actor itself; it stands in a section whose title does',
  },
};

/** "fagdirektør, sundhedsområdet" or "Søren S. Kjær (Sorø Kommune)"; several speakers joined. */
export function speakers(ctx, item) {
  const list = item.speakers || [];
  if (!list.length) return `<span class="speaker none">${esc(ctx.t('pv.unattributed'))}</span>`;
  return list.map(s => `<span class="speaker speaker-${esc(s.type)}">${esc(s.name)}${s.organisation
    ? ` <span class="org">(${esc(s.organisation)})</span>` : ''}</span>`).join(', ');
}

function addresses(ctx, item) {
  if (!item.addresses || !item.addresses.length) return '';
  return `<ul class="addresses">${item.addresses.map(a => `<li><span class="label">${esc(ctx.t('pv.addresses'))}</span>
    ${esc(a.text)} <span class="muted">(${esc(sourceName(ctx.meta, a.source))}, ${esc(ctx.t('pv.score', {
    score: (+a.score).toFixed(2) }))})</span></li>`).join('')}</ul>`;
}

/**
 * How an item mentions the actor {@code key}: 'section' when only its section title names it
 * (item.actorsBySection), 'text' when its own words do; null when it does not mention it at all.
 */
export function mentionOf(item, key) {
  if ((item.actorsBySection || []).includes(key)) return 'section';
  return (item.actors || []).includes(key) ? 'text' : null;
}

/** "nævnt i teksten" or "i afsnittet «…»", marked with data-mention for styling and tests. */
export function mentionHtml(ctx, by, section) {
  if (!by) return '';
  const text = by === 'section' ? ctx.t('pv.mention.section', { section: section || '' }) : ctx.t('pv.mention.text');
  const title = by === 'section' ? ` title="${esc(ctx.t('pv.mention.sectionTitle'))}"` : '';
  return `<span class="mention mention-${esc(by)}" data-mention="${esc(by)}"${title}>${esc(text)}</span>`;
}

/**
 * One item as a list entry; options.quote shows it as a quotation with its speakers, options.kind its kind,
 * options.actor (an actor key) how the item mentions that actor, in the text or by its section.
 */
export function itemHtml(ctx, item, { quote = false, kind = false, actor = null } = {}) {
  const text = quote ? `<blockquote class="text">${esc(item.text)}</blockquote>
    <p class="said">${esc(ctx.t('pv.saidBy'))}: ${speakers(ctx, item)}</p>` : `<p class="text">${esc(item.text)}</p>`;
  const kindBadge = kind ? `<span class="kind kind-${esc(item.kind)}">${esc(ctx.t(`nw.kind1.${item.kind}`))}</span> · ` : '';
  const by = actor ? mentionOf(item, actor) : null;
  const mention = by ? `${mentionHtml(ctx, by, item.section)} · ` : '';
  return `<li class="item" data-item-id="${esc(item.id)}"${by ? ` data-mention="${esc(by)}"` : ''}>${text}${addresses(ctx, item)}
    <p class="meta">${mention}${kindBadge}${esc(sourceName(ctx.meta, item.source))}${item.section && by !== 'section' ? ` · ${esc(item.section)}` : ''}
      · ${esc(where(ctx, item))}
      · <button type="button" class="link show-source" data-context="${esc(item.id)}">${esc(ctx.t('pv.show'))}</button></p>
    <div class="context" hidden></div></li>`;
}

/** "side 4, linje 41–49": the item's page (a PDF rendition only) and its own lines, as extraction stored them. */
export function where(ctx, item) {
  const lines = item.lineTo > item.line
    ? ctx.t('pv.lines', { from: item.line, to: item.lineTo }) : ctx.t('pv.line', { n: item.line });
  return item.page ? `${ctx.t('pv.page', { page: item.page })}, ${lines}` : lines;
}

/** The passage around an item, its own lines marked (centreHitInPassage then scrolls them into view). */
export function passageHtml(ctx, c) {
  const hit = n => n >= c.hit.from && n <= c.hit.to;
  const title = c.title || sourceName(ctx.meta, c.item ? c.item.source : '');
  const range = { line: c.hit.from, lineTo: c.hit.to, page: c.page };
  return `<p class="passage-head">${esc(title)} — ${esc(c.file)}, ${esc(where(ctx, range))}</p>
    <ol class="passage" start="${c.from}">${c.lines.map(l => `<li data-line="${l.n}"${hit(l.n) ? ' class="hit"' : ''}>`
    + `<span class="n">${l.n}</span><span class="line">${esc(l.text) || '&nbsp;'}</span></li>`).join('')}</ol>`;
}

/**
 * Centres the first marked line inside its own scrolling passage by setting that box's scrollTop, and moves
 * nothing else (scrollIntoView would scroll every enclosing area, the side panel too, hiding the item's own
 * text): the panel stays where the reader left it, the passage below the item shows the item's lines.
 */
export function centreHitInPassage(box) {
  const first = box.querySelector('.hit');
  const passage = first && first.closest('ol.passage');
  if (!passage) return;
  const offset = first.getBoundingClientRect().top - passage.getBoundingClientRect().top;
  passage.scrollTop += offset - (passage.clientHeight - first.offsetHeight) / 2;
}

/** Toggles the passage under an item entry (fetched once, then kept). */
export async function toggleContext(ctx, button) {
  const entry = button.closest('.item');
  const box = entry.querySelector('.context');
  if (!box.hidden) { box.hidden = true; button.textContent = ctx.t('pv.show'); return; }
  box.hidden = false;
  button.textContent = ctx.t('pv.hide');
  if (box.dataset.loaded) { centreHitInPassage(box); return; }
  box.innerHTML = `<p class="muted">${esc(ctx.t('pv.loading'))}</p>`;
  try {
    const c = await ctx.api(`/api/items/${encodeURIComponent(button.dataset.context)}/context?around=8`);
    box.innerHTML = passageHtml(ctx, c);
    box.dataset.loaded = 'true';
    centreHitInPassage(box);
  } catch (err) {
    box.innerHTML = `<p class="error">${esc(ctx.t('error.generic', { message: err.message }))}</p>`;
  }
}
