// The current view lives in the URL hash (#view=network&sources=kl-2020&...), so a link reproduces it.
const listeners = [];

export function get() {
  return Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
}

/** Merges values into the state (null/'' removes a key) and writes it to the URL without reloading. */
export function set(values, { replace = false } = {}) {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined || v === '') params.delete(k); else params.set(k, String(v));
  }
  const hash = '#' + params.toString();
  if (hash === location.hash) return;
  if (replace) history.replaceState(null, '', hash); else history.pushState(null, '', hash);
  listeners.forEach(cb => cb(get()));
}

export function onChange(cb) {
  listeners.push(cb);
}

window.addEventListener('popstate', () => listeners.forEach(cb => cb(get())));
