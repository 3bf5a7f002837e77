// The page shell: tabs for the views, language toggle, status line, and the shared context every view gets.
import { api, ApiError } from './api.js';
import * as i18n from './i18n.js';
import { h } from './kit.js';
import * as state from './state.js';
import * as detail from './detail.js';
import network from './network.js';
import matrix from './matrix.js';
import overlap from './overlap.js';
import cypherConsole from './console.js';
import correctionsView from './corrections.js';
import * as curation from './curation.js';

const VIEWS = [network, matrix, overlap, cypherConsole, correctionsView];

i18n.add({
  da: {
    'app.title': 'Erfaringsgraf', 'app.otherLanguage': 'English', 'app.loading': 'Henter …',
    'error.network': 'Serveren svarer ikke', 'error.generic': 'Fejl: {message}',
  },
  en: {
    'app.title': 'Erfaringsgraf', 'app.otherLanguage': 'Dansk', 'app.loading': 'Loading …',
    'error.network': 'The server does not answer', 'error.generic': 'Error: {message}',
  },
});
VIEWS.forEach(v => i18n.add(v.strings || {}));
i18n.add(detail.strings || {});
i18n.add(curation.strings);

const mounted = new Map();

function status(message, kind = 'info') {
  const el = document.getElementById('status');
  el.textContent = message || '';
  el.dataset.kind = kind;
}

function showError(err) {
  const message = err instanceof ApiError ? err.message : i18n.t('error.network');
  status(i18n.t('error.generic', { message }), 'error');
}

function buildTabs() {
  const nav = document.getElementById('tabs');
  nav.replaceChildren(...VIEWS.map(v => h('button', { type: 'button', id: `tab-${v.id}`, role: 'tab',
    'data-i18n': v.tabKey, onclick: () => state.set({ view: v.id }) }, i18n.t(v.tabKey))));
}

async function route(s, ctx) {
  const view = VIEWS.find(v => v.id === s.view) || VIEWS[0];
  for (const v of VIEWS) {
    const el = document.getElementById(`view-${v.id}`);
    el.hidden = v !== view;
    document.getElementById(`tab-${v.id}`).setAttribute('aria-selected', String(v === view));
  }
  const el = document.getElementById(`view-${view.id}`);
  try {
    if (!mounted.has(view.id)) {
      mounted.set(view.id, true);
      await view.mount(el, ctx);
    }
    await view.show(s);
  } catch (err) {
    showError(err);
  }
}

async function start() {
  const views = document.getElementById('views');
  views.replaceChildren(...VIEWS.map(v => h('section', { id: `view-${v.id}`, class: 'view', hidden: true })));
  buildTabs();
  const initial = state.get();
  if (initial.lang === 'en') i18n.setLanguage('en');
  i18n.translate(document);
  document.getElementById('lang').addEventListener('click', () => {
    const next = i18n.language() === 'da' ? 'en' : 'da';
    i18n.setLanguage(next);
    state.set({ lang: next === 'da' ? null : next }, { replace: true });
  });
  status(i18n.t('app.loading'));
  let meta;
  try {
    meta = await api('/api/meta');
  } catch (err) {
    showError(err);
    return;
  }
  status('');
  const ctx = {
    api, meta, status, showError, state,
    t: i18n.t, language: i18n.language, onLanguage: i18n.onLanguage, translate: i18n.translate,
    openNode: (type, key) => detail.openNode(ctx, type, key),
    openItem: id => detail.openItem(ctx, id),
  };
  detail.init(ctx);
  state.onChange(s => route(s, ctx));
  await route(state.get(), ctx);
  document.body.dataset.ready = 'true';
}

start();
