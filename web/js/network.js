// The network view: themes and actors (and on demand sources and items) from GET /api/graph, drawn by
// netdraw.js, filtered from the sidebar (search.js); every filter lives in the URL so a link reproduces it.
import { createDrawing } from './netdraw.js';
import { createSidebar, strings as searchStrings } from './search.js';
import { legendHtml, makeStyle } from './netstyle.js';
import { download } from './save.js';

export const TYPES = ['theme', 'actor', 'source', 'item'];
export const METRICS = ['pagerank', 'degree', 'weightedDegree', 'betweenness', 'harmonic', 'items'];
export const COLORS = ['community', 'coverage', 'source'];

const strings = {
  da: {
    'network.tab': 'Netværk',
    'nw.type.theme': 'Temaer', 'nw.type.actor': 'Aktører', 'nw.type.source': 'Kilder', 'nw.type.item': 'Udsagn',
    'nw.one.theme': 'Tema', 'nw.one.actor': 'Aktør', 'nw.one.source': 'Kilde', 'nw.one.item': 'Udsagn',
    'nw.kind.opportunity': 'Muligheder', 'nw.kind.challenge': 'Udfordringer',
    'nw.kind.recommendation': 'Anbefalinger', 'nw.kind.question': 'Spørgsmål', 'nw.kind.observation': 'Iagttagelser',
    'nw.kind.quote': 'Citater',
    'nw.kind1.opportunity': 'Mulighed', 'nw.kind1.challenge': 'Udfordring', 'nw.kind1.recommendation': 'Anbefaling',
    'nw.kind1.question': 'Spørgsmål', 'nw.kind1.observation': 'Iagttagelse', 'nw.kind1.quote': 'Citat',
    'nw.metric.pagerank': 'PageRank', 'nw.metric.degree': 'Antal forbindelser (grad)',
    'nw.metric.weightedDegree': 'Vægtet grad', 'nw.metric.betweenness': 'Brobygger (betweenness)',
    'nw.metric.harmonic': 'Nærhed (harmonisk)', 'nw.metric.items': 'Antal udsagn',
    'nw.color.community': 'Klynge', 'nw.color.coverage': 'Antal kilder', 'nw.color.source': 'Hvilken kilde',
    'nw.legend.shapes': 'Former', 'nw.legend.colour': 'Farve', 'nw.legend.size': 'Størrelse: {metric}',
    'nw.legend.links': 'Linjetykkelse: antal udsagn, der forbinder to punkter',
    'nw.legend.echoes': 'Stiplet: genklang mellem kilder; prikket: en aktør, som kun afsnittets titel nævner',
    'nw.legend.cluster': 'Klynge om «{name}»', 'nw.legend.sources': '{n} kilder', 'nw.legend.source1': '1 kilde',
    'nw.legend.shared': 'Flere kilder', 'nw.legend.other': 'Udsagn',
    'nw.stats': '{nodes} punkter · {links} forbindelser', 'nw.loading': 'Henter netværket …',
    'nw.empty': 'Ingen punkter med disse filtre. Sænk mindste forbindelse eller vælg flere kilder.',
    'nw.hoverInfo': '{label} · {type} · {items} udsagn · {metric}: {value}',
    'nw.hint': 'Klik på et punkt for at se udsagnene bag det. Træk for at flytte, rul for at zoome.',
    'nw.fit': 'Tilpas', 'nw.fit.title': 'Vis hele netværket',
    'nw.allLinks': 'Vis alle forbindelser',
    'nw.allLinks.title': 'Slået fra: kun netværkets rygrad (de forbindelser, der betyder mest for mindst ét af punkterne)',
    'nw.legend.backbone': 'Viser rygraden: {shown} af {total} forbindelser – dem, som disparitetsfilteret (α = 0,05) finder betydende for mindst ét af deres punkter, plus det stærkeste udspændende træ, så intet punkt mister sin sidste forbindelse',
    'nw.legend.all': 'Viser alle {total} forbindelser',
    'nw.legend.sourceMarks': 'Kilder har deres egne mørke farver og tegnes som ruder; de er ikke klyngefarver',
  },
  en: {
    'network.tab': 'Network',
    'nw.type.theme': 'Themes', 'nw.type.actor': 'Actors', 'nw.type.source': 'Sources', 'nw.type.item': 'Findings',
    'nw.one.theme': 'Theme', 'nw.one.actor': 'Actor', 'nw.one.source': 'Source', 'nw.one.item': 'Finding',
    'nw.kind.opportunity': 'Opportunities', 'nw.kind.challenge': 'Challenges',
    'nw.kind.recommendation': 'Recommendations', 'nw.kind.question': 'Questions', 'nw.kind.observation': 'Observations',
    'nw.kind.quote': 'Quotes',
    'nw.kind1.opportunity': 'Opportunity', 'nw.kind1.challenge': 'Challenge', 'nw.kind1.recommendation': 'Recommendation',
    'nw.kind1.question': 'Question', 'nw.kind1.observation': 'Observation', 'nw.kind1.quote': 'Quote',
    'nw.metric.pagerank': 'PageRank', 'nw.metric.degree': 'Connections (degree)',
    'nw.metric.weightedDegree': 'Weighted degree', 'nw.metric.betweenness': 'Bridging (betweenness)',
    'nw.metric.harmonic': 'Closeness (harmonic)', 'nw.metric.items': 'Number of findings',
    'nw.color.community': 'Cluster', 'nw.color.coverage': 'Number of sources', 'nw.color.source': 'Which source',
    'nw.legend.shapes': 'Shapes', 'nw.legend.colour': 'Colour', 'nw.legend.size': 'Size: {metric}',
    'nw.legend.links': 'Line width: findings that connect two points',
    'nw.legend.echoes': 'Dashed: echoes between sources; dotted: an actor only the section title names',
    'nw.legend.cluster': 'Cluster around “{name}”', 'nw.legend.sources': '{n} sources', 'nw.legend.source1': '1 source',
    'nw.legend.shared': 'Several sources', 'nw.legend.other': 'Finding',
    'nw.stats': '{nodes} points · {links} links', 'nw.loading': 'Loading the network …',
    'nw.empty': 'No points with these filters. Lower the minimum link or choose more sources.',
    'nw.hoverInfo': '{label} · {type} · {items} findings · {metric}: {value}',
    'nw.hint': 'Click a point to see the findings behind it. Drag to move, scroll to zoom.',
    'nw.fit': 'Fit', 'nw.fit.title': 'Show the whole network',
    'nw.allLinks': 'Show all links',
    'nw.allLinks.title': 'Off: only the network’s backbone (the links that matter most to at least one of their points)',
    'nw.legend.backbone': 'Showing the backbone: {shown} of {total} links – those the disparity filter (α = 0.05) finds significant for at least one of their points, plus the strongest spanning tree, so no point loses its last link',
    'nw.legend.all': 'Showing all {total} links',
    'nw.legend.sourceMarks': 'Sources have their own dark colours and are drawn as diamonds; they are not cluster colours',
  },
};

let ctx, view, drawing, sidebar, graph = null, graphKey = null, filters = null, searched = null, shownLooks = '';

/** What the drawing's style depends on besides the graph; a change restyles without refetching. */
const looks = f => `${f.metric}|${f.color}`;

function list(value, all) {
  const chosen = (value || '').split(',').filter(v => all.includes(v));
  return chosen.length ? chosen : null;
}

/** The view's filters from the URL state, with defaults for what is absent or invalid. */
export function filtersFrom(state, meta) {
  const min = parseInt(state.minWeight, 10);
  return {
    types: list(state.types, TYPES) || ['theme', 'actor'],
    sources: list(state.sources, meta.sources.map(s => s.id)),
    kinds: list(state.kinds, meta.kinds),
    minWeight: Number.isFinite(min) && min >= 1 ? min : 1,
    metric: METRICS.includes(state.metric) ? state.metric : 'pagerank',
    color: COLORS.includes(state.color) ? state.color : 'community',
    // Centrality of the chosen findings (recomputed on the server) or of the whole corpus (from 'analyze').
    scope: state.scope === 'filtered' ? 'filtered' : 'whole',
    // The backbone of the links (the server's default) or every link.
    links: state.links === 'all' ? 'all' : 'backbone',
    q: (state.q || '').trim(),
  };
}

function graphPath(f) {
  const p = new URLSearchParams({ types: f.types.join(','), minWeight: String(f.minWeight) });
  if (f.sources) p.set('sources', f.sources.join(','));
  if (f.kinds) p.set('kinds', f.kinds.join(','));
  if (f.scope === 'filtered') p.set('scope', 'filtered');
  if (f.links === 'all') p.set('links', 'all');
  return `/api/graph?${p}`;
}

function mount(el, c) {
  ctx = c;
  view = el;
  el.innerHTML = `
    <div class="net-layout">
      <aside class="net-sidebar panel" id="net-sidebar"></aside>
      <div class="net-stage">
        <div class="net-bar">
          <span id="net-info" class="net-info" data-i18n="nw.hint"></span>
          <span id="net-stats" class="net-stats"></span>
          <label class="check net-all-links" data-i18n-title="nw.allLinks.title"><input type="checkbox" id="net-all-links">
            <span data-i18n="nw.allLinks"></span></label>
          <button type="button" id="net-fit" class="btn small" data-i18n="nw.fit" data-i18n-title="nw.fit.title"></button>
          <button type="button" id="net-save-svg" class="btn small" data-i18n="nw.save.svg" data-i18n-title="nw.save.title"></button>
          <button type="button" id="net-save-png" class="btn small" data-i18n="nw.save.png" data-i18n-title="nw.save.title"></button>
        </div>
        <div class="net-canvas-host" id="net-host"></div>
        <p class="net-message" id="net-message" hidden></p>
        <div class="net-legend" id="net-legend"></div>
      </div>
    </div>`;
  drawing = createDrawing(el.querySelector('#net-host'), {
    onClick: n => (n.type === 'item' ? ctx.openItem(n.key) : ctx.openNode(n.type, n.key)),
    onHover: hovered,
    onSettled: yes => { view.dataset.settled = String(yes); },
  });
  sidebar = createSidebar(el.querySelector('#net-sidebar'), ctx, {
    set: values => ctx.state.set(values),
  });
  el.querySelector('#net-fit').addEventListener('click', () => drawing.fit());
  el.querySelector('#net-all-links').addEventListener('change', e => ctx.state.set({ links: e.target.checked ? 'all' : null }));
  el.querySelector('#net-save-svg').addEventListener('click', () => save('svg'));
  el.querySelector('#net-save-png').addEventListener('click', () => save('png'));
  new ResizeObserver(() => drawing.resize()).observe(el.querySelector('#net-host'));
  ctx.translate(el);
  ctx.onLanguage(() => { if (graph) { drawing.restyle(style()); legend(); stats(); } sidebar.relabel(filters); });
}

function style() {
  return makeStyle(filters, graph.nodes, ctx);
}

async function show(state) {
  filters = filtersFrom(state, ctx.meta);
  sidebar.sync(filters);
  view.querySelector('#net-all-links').checked = filters.links === 'all';
  const key = graphPath(filters);
  if (key !== graphKey) {
    graphKey = key;
    await load(key);
  } else if (graph && looks(filters) !== shownLooks) {
    drawing.restyle(style(), { sizes: !shownLooks.startsWith(`${filters.metric}|`) });
    legend();
  }
  shownLooks = looks(filters);
  drawing.setSelected(state.node || (state.item ? `item:${state.item}` : null));
  if (filters.q !== searched) {
    searched = filters.q;
    drawing.setMatches(await sidebar.search(filters.q));
  }
}

async function load(path) {
  view.dataset.settled = 'false';
  ctx.status(ctx.t('nw.loading'));
  const message = view.querySelector('#net-message');
  try {
    const answer = await ctx.api(path);
    if (path !== graphKey) return;   // a newer filter change is already on its way
    graph = answer;
    ctx.status('');
    message.hidden = graph.nodes.length > 0;
    message.textContent = ctx.t('nw.empty');
    drawing.render(graph, style());
    legend();
    stats();
  } catch (err) {
    graphKey = null;
    message.hidden = false;
    message.textContent = ctx.t('error.generic', { message: err.message });
    ctx.showError(err);
  }
}

function legend() {
  view.querySelector('#net-legend').innerHTML = legendHtml(filters, graph, ctx);
}

function stats() {
  const c = drawing.counts();
  view.dataset.nodes = String(c.nodes);
  view.dataset.links = String(c.links);
  view.querySelector('#net-stats').textContent = ctx.t('nw.stats', c);
}

function hovered(n) {
  const info = view.querySelector('#net-info');
  if (!n) { info.textContent = ctx.t('nw.hint'); return; }
  const s = style();
  const value = filters.metric === 'items' ? n.items : n.metrics && n.metrics[filters.metric];
  info.textContent = ctx.t('nw.hoverInfo', {
    label: s.label(n), type: ctx.t(`nw.one.${n.type}`), items: n.items,
    metric: ctx.t(`nw.metric.${filters.metric}`), value: value === undefined || value === null ? '–' : +(+value).toFixed(3),
  });
}

async function save(kind) {
  try {
    if (kind === 'svg') download(new Blob([drawing.svgString()], { type: 'image/svg+xml' }), 'erfaringsgraf-network.svg');
    else download(await drawing.pngBlob(), 'erfaringsgraf-network.png');
  } catch (err) {
    ctx.showError(err);
  }
}

/** For tests and the console: the SVG document of the current picture. */
export function networkSvg() { return drawing ? drawing.svgString() : null; }

export default {
  id: 'network', tabKey: 'network.tab', mount, show,
  strings: { da: { ...strings.da, ...searchStrings.da }, en: { ...strings.en, ...searchStrings.en } },
};
