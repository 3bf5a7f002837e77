// The page's small UI kit: building elements, escaping text for the views that still write HTML strings,
// numbers in the page's language, source names and downloads. Every view imports these from here; nothing
// else defines them.

/**
 * Creates an element with attributes (class, dataset via data-*, on* handlers, style) and children (strings or
 * nodes; null, undefined and false are skipped). A style goes through the CSSOM: the page's CSP
 * (style-src 'self') refuses style attributes.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'style') el.style.cssText = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** Text made safe for an HTML string (innerHTML views); null and undefined become ''. */
export function esc(s) {
  return String(s ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

/**
 * A number in the page's language (1.234,5 in Danish) with {@code digits} decimals; '' for a missing value.
 * {@code lang} is 'da' or 'en' (ctx.language()).
 */
export function fmt(value, lang, digits = 0) {
  if (value === null || value === undefined || value === '') return '';
  return Number(value).toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK',
    { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A score as the detail panel lists it: whole numbers as they are, others to three decimals, '–' if missing. */
export function score(value) {
  if (value === undefined || value === null) return '–';
  return Number.isInteger(value) ? String(value) : (+value).toFixed(3);
}

/**
 * The short name of a source, "Sorø Kommune 2020" (publisher and year, short enough for a label); an unknown
 * id stays as it is. Takes the view context or /api/meta itself, as the views hold one or the other.
 */
export function sourceName(ctxOrMeta, id) {
  const meta = (ctxOrMeta && ctxOrMeta.meta) || ctxOrMeta || {};
  const s = (meta.sources || []).find(x => x.id === id);
  return s ? `${s.publisher || s.id} ${s.year || ''}`.trim() : id;
}

/** The last file offered for download, so a test can check what a click produced without a file system. */
export const lastDownload = { name: null, blob: null };

/** Offers {@code data} (a Blob, or text of {@code type}) as a download named {@code name}. */
export function download(name, data, type = 'text/csv;charset=utf-8') {
  if (data === null || data === undefined) throw new Error(`Could not build ${name}`);
  const blob = data instanceof Blob ? data : new Blob([data], { type });
  lastDownload.name = name;
  lastDownload.blob = blob;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
