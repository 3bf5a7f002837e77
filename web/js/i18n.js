// Danish first, English on one click. Each module adds its own strings: i18n.add({da: {...}, en: {...}}).
const strings = { da: {}, en: {} };
let lang = 'da';
const listeners = [];

export function add(more) {
  for (const l of Object.keys(strings)) Object.assign(strings[l], more[l] || {});
}

/** The text for key in the current language; {name} placeholders are filled from vars. */
export function t(key, vars = {}) {
  const text = strings[lang][key] ?? strings.da[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ''));
}

export function language() { return lang; }

export function setLanguage(l) {
  if (!strings[l] || l === lang) return;
  lang = l;
  document.documentElement.lang = l;
  translate(document);
  listeners.forEach(cb => cb(l));
}

export function onLanguage(cb) { listeners.push(cb); }

/** Fills every [data-i18n] element's text (and [data-i18n-placeholder] placeholders) under root. */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
}
