// Draws the network: one d3-force layout, painted as SVG for small graphs and on a canvas for large ones
// (the full findings graph has ~750 nodes and thousands of links; SVG would stutter there).
// Zoom, drag, hover and click share one code path for both modes: the pointer is hit-tested against the layout.
import { ALWAYS_LABELLED, placeLabels } from './labels.js';

export const CANVAS_ABOVE = 300;
const SHAPES = { theme: d3.symbolCircle, actor: d3.symbolSquare, source: d3.symbolDiamond, item: d3.symbolTriangle };
const ACCENT = '#c2410c';
const INK = '#1f2933';
const SVGNS = 'http://www.w3.org/2000/svg';

/** The path of a node's shape with the area of a circle of radius r (so sizes compare across shapes). */
export function shape(type, r, context = null) {
  return d3.symbol(SHAPES[type] || d3.symbolCircle, Math.PI * r * r).context(context)();
}

export function createDrawing(host, hooks) {
  let mode = null, surface = null, nodes = [], links = [], style = null, sim = null;
  let transform = d3.zoomIdentity, width = 800, height = 600, frame = 0, userMoved = false;
  let hover = null, matches = null, selected = null, neighbours = new Map();
  const positions = new Map();
  // Until the user zooms or pans, the picture keeps fitting the view (while it settles, on resize).
  const zoom = d3.zoom().scaleExtent([0.15, 12])
    .on('zoom', e => { transform = e.transform; if (e.sourceEvent) userMoved = true; schedule(); });

  function size() {
    width = Math.max(300, host.clientWidth || 800);
    height = Math.max(300, host.clientHeight || 600);
  }

  /** Replaces the graph; keeps earlier positions so a filter change does not reshuffle the picture. */
  function render(graph, newStyle) {
    style = newStyle;
    nodes.forEach(n => positions.set(n.id, { x: n.x, y: n.y }));
    nodes = graph.nodes.map(n => ({ ...n, ...(positions.get(n.id) || {}) }));
    const ids = new Set(nodes.map(n => n.id));
    links = graph.links.filter(l => ids.has(l.source) && ids.has(l.target)).map(l => ({ ...l }));
    neighbours = new Map(nodes.map(n => [n.id, new Set([n.id])]));
    links.forEach(l => { neighbours.get(l.source).add(l.target); neighbours.get(l.target).add(l.source); });
    useMode(nodes.length > CANVAS_ABOVE ? 'canvas' : 'svg');
    layout();
  }

  function useMode(next) {
    size();
    if (mode !== next || !surface) {
      host.replaceChildren();
      surface = next === 'svg'
        ? d3.select(host).append('svg').attr('class', 'net-svg').attr('role', 'img')
        : d3.select(host).append('canvas').attr('class', 'net-canvas');
      mode = next;
      host.dataset.mode = mode;
      surface.call(drag()).call(zoom).on('dblclick.zoom', null)
        .on('pointermove', e => setHover(hit(e)))
        .on('pointerleave', () => setHover(null))
        .on('click', e => { const n = hit(e); if (n) hooks.onClick(n); });
    }
    resizeSurface();
  }

  function resizeSurface() {
    const dpr = window.devicePixelRatio || 1;
    if (mode === 'canvas') {
      surface.attr('width', width * dpr).attr('height', height * dpr)
        .style('width', `${width}px`).style('height', `${height}px`);
    } else {
      surface.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    }
  }

  /** Small graphs are laid out at once (no animation to wait for); big ones warm up, then settle live. */
  function layout() {
    if (sim) sim.stop();
    hooks.onSettled(false);
    const big = mode === 'canvas';
    // Dense co-occurrence graphs become a hairball when every link pulls equally: weak links pull little.
    const maxWeight = d3.max(links, l => (l.type === 'cooccurs' || l.type === 'involves' ? l.weight : 0)) || 1;
    const thin = l => l.type === 'about' || l.type === 'mentions';
    const lonely = n => neighbours.get(n.id).size === 1;
    sim = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links).id(n => n.id)
        .distance(l => (thin(l) ? 30 : l.type === 'echoes' ? 40 : 130))
        .strength(l => (thin(l) ? 0.25 : l.type === 'echoes' ? 0.1 : 0.02 + 0.6 * (l.weight || 1) / maxWeight)))
      .force('charge', d3.forceManyBody().strength(n => (n.type === 'item' ? -14 : -260 - 12 * style.radius(n)))
        .distanceMax(big ? 300 : 900))
      .force('collide', d3.forceCollide(n => style.radius(n) + (n.type === 'item' ? 1 : 4)))
            // Pulled harder vertically, so the picture fills a landscape screen; nodes without links (raised minimum
      // weight) would otherwise drift far out and shrink the whole picture.
      .force('x', d3.forceX(0).strength(n => (lonely(n) ? 0.3 : 0.035)))
      .force('y', d3.forceY(0).strength(n => (lonely(n) ? 0.4 : 0.06)))
      .stop();
    const fresh = nodes.some(n => n.x === undefined);
    sim.alpha(fresh ? 1 : 0.5);
    const warm = big ? 80 : 400;
    for (let i = 0; i < warm && sim.alpha() > sim.alphaMin(); i++) sim.tick();
    if (fresh) userMoved = false;
    if (!userMoved) fit();
    sim.on('tick', () => { if (!userMoved) fit(); schedule(); })
      .on('end', () => { hooks.onSettled(true); schedule(); });
    if (big && sim.alpha() > sim.alphaMin()) sim.restart(); else hooks.onSettled(true);
    paint();
  }

  /** Zooms so the whole graph fits the view, with room at the sides for the outer nodes' labels. */
  function fit() {
    if (!nodes.length) return;
    const [x0, x1] = d3.extent(nodes, n => n.x), [y0, y1] = d3.extent(nodes, n => n.y);
    const padX = Math.min(150, width / 6), padY = 30;
    const k = Math.min(2, (width - 2 * padX) / (x1 - x0 + 40), (height - 2 * padY) / (y1 - y0 + 40));
    const t = d3.zoomIdentity.translate(width / 2 - k * (x0 + x1) / 2, height / 2 - k * (y0 + y1) / 2).scale(k);
    surface.call(zoom.transform, t);
  }

  function drag() {
    return d3.drag()
      .subject(e => { const n = hit(e.sourceEvent); return n ? { x: transform.applyX(n.x), y: transform.applyY(n.y), n } : null; })
      .on('start', e => { userMoved = true; hooks.onSettled(false); sim.alphaTarget(0.25).restart(); pin(e); })
      .on('drag', pin)
      .on('end', e => { sim.alphaTarget(0); e.subject.n.fx = null; e.subject.n.fy = null; });
  }

  function pin(e) { e.subject.n.fx = transform.invertX(e.x); e.subject.n.fy = transform.invertY(e.y); }

  /** The node under the pointer, if any (a few pixels of tolerance for small nodes). */
  function hit(event) {
    if (!sim || !event) return null;
    const [px, py] = d3.pointer(event, surface.node());
    const x = transform.invertX(px), y = transform.invertY(py);
    let best = null, bestD = Infinity;
    for (const n of nodes) {
      const d = Math.hypot(n.x - x, n.y - y);
      if (d < style.radius(n) + 4 / transform.k && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }

  function setHover(n) {
    const id = n ? n.id : null;
    if (id === hover) return;
    hover = id;
    surface.style('cursor', n ? 'pointer' : null);
    hooks.onHover(n);
    schedule();
  }

  function schedule() {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; paint(); });
  }

  /** How a node looks now: hover focus beats search matches; the open node gets a dark ring. */
  function look(n) {
    const focus = hover ? neighbours.get(hover) : null;
    const hit = matches && matches.has(n.id);
    const opacity = focus ? (focus.has(n.id) ? 1 : 0.12) : matches ? (hit ? 1 : 0.22) : 1;
    const stroke = n.id === selected ? INK : hit ? ACCENT : '#fff';
    const strokeWidth = n.id === selected ? 3 : hit ? 2.5 : (n.type === 'item' ? 0.5 : 1.2);
    return { opacity, stroke, strokeWidth, fill: style.fill(n) };
  }

  function linkLook(l) {
    const s = l.source.id, t = l.target.id;
    let opacity = nodes.length > CANVAS_ABOVE ? 0.22 : 0.4;
    if (hover) opacity = s === hover || t === hover ? 0.85 : 0.04;
    else if (matches) opacity = matches.has(s) && matches.has(t) ? 0.6 : 0.06;
    // Dashed: echoes, and an item's mention of an actor that only its section title names (weight 0.5).
    const dash = l.type === 'echoes' ? '4 3' : l.type === 'mentions' && l.weight < 1 ? '1.5 2' : null;
    return { opacity, width: style.linkWidth(l), color: style.linkColor(l), dash };
  }

  /**
   * The open and hovered nodes always get a label, and so do the ALWAYS_LABELLED largest themes (sized by the
   * chosen metric); neighbours and search matches go next, then the rest by size, as far as they fit.
   */
  function labels() {
    const focus = hover ? neighbours.get(hover) : null;
    const must = n => n.id === selected || n.id === hover;
    const prefer = n => n.type !== 'item' && ((focus && focus.has(n.id)) || (matches && matches.has(n.id)));
    const topIds = new Set(nodes.filter(n => n.type === 'theme').sort((a, b) => style.radius(b) - style.radius(a))
      .slice(0, ALWAYS_LABELLED).map(n => n.id));
    const top = n => topIds.has(n.id);
    const placed = placeLabels(nodes, { transform, width, height, radius: style.radius, label: style.label, must, prefer, top });
    placed.forEach(p => { p.top = topIds.has(p.id); });
    // Labels of dimmed nodes are dimmed too, so the highlighted ones read first.
    const byId = new Map(nodes.map(n => [n.id, n]));
    placed.forEach(p => { p.colour = look(byId.get(p.id)).opacity < 1 ? '#9aa5b1' : INK; });
    return placed;
  }

  function paint() {
    if (!surface) return;
    if (mode === 'canvas') paintCanvas(surface.node().getContext('2d'));
    else paintSvg(surface.node());
  }

  function paintCanvas(ctx) {
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.save();
    ctx.translate(transform.x, transform.y);
    ctx.scale(transform.k, transform.k);
    for (const l of links) {
      const k = linkLook(l);
      ctx.globalAlpha = k.opacity; ctx.strokeStyle = k.color; ctx.lineWidth = k.width;
      ctx.setLineDash(k.dash ? k.dash.split(' ').map(Number) : []);
      ctx.beginPath(); ctx.moveTo(l.source.x, l.source.y); ctx.lineTo(l.target.x, l.target.y); ctx.stroke();
    }
    ctx.setLineDash([]);
    for (const n of nodes) {
      const k = look(n);
      ctx.globalAlpha = k.opacity; ctx.fillStyle = k.fill; ctx.strokeStyle = k.stroke; ctx.lineWidth = k.strokeWidth / transform.k;
      ctx.save(); ctx.translate(n.x, n.y); ctx.beginPath(); shape(n.type, style.radius(n), ctx); ctx.fill(); ctx.stroke(); ctx.restore();
    }
    ctx.restore();
    ctx.globalAlpha = 1;
    ctx.lineJoin = 'round';
    for (const p of labels()) {
      if (p.leader) {
        ctx.strokeStyle = p.colour; ctx.lineWidth = 0.8; ctx.globalAlpha = 0.7;
        ctx.beginPath(); ctx.moveTo(p.leader.x1, p.leader.y1); ctx.lineTo(p.leader.x2, p.leader.y2); ctx.stroke();
        ctx.globalAlpha = 1;
      }
      ctx.font = p.font; ctx.textAlign = p.anchor === 'end' ? 'right' : 'left'; ctx.textBaseline = 'middle';
      ctx.strokeStyle = 'rgba(255,255,255,0.92)'; ctx.lineWidth = 3.5; ctx.strokeText(p.text, p.x, p.y);
      ctx.fillStyle = p.colour; ctx.fillText(p.text, p.x, p.y);
    }
  }

  /** Paints into an <svg> element; also used on a detached element for the SVG download. */
  function paintSvg(svgEl, standalone = false) {
    const svg = d3.select(svgEl);
    if (standalone) {
      svg.attr('xmlns', SVGNS).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`)
        .attr('font-family', 'system-ui, -apple-system, Segoe UI, sans-serif');
      svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#fff');
    }
    const root = svg.selectAll('g.zoom').data([0]).join('g').attr('class', 'zoom').attr('transform', transform.toString());
    root.selectAll('g.links').data([0]).join('g').attr('class', 'links').attr('fill', 'none')
      .selectAll('line').data(links).join('line')
      .each(function (l) {
        const k = linkLook(l);
        d3.select(this).attr('x1', l.source.x).attr('y1', l.source.y).attr('x2', l.target.x).attr('y2', l.target.y)
          .attr('stroke', k.color).attr('stroke-opacity', k.opacity).attr('stroke-width', k.width)
          .attr('stroke-dasharray', k.dash);
      });
    root.selectAll('g.nodes').data([0]).join('g').attr('class', 'nodes')
      .selectAll('path').data(nodes, n => n.id).join('path')
      .attr('class', n => `node node-${n.type}`).attr('data-id', n => n.id).attr('data-type', n => n.type)
      // Reachable by keyboard in the SVG mode: Tab to a node, Enter opens it like a click.
      .attr('tabindex', 0).attr('role', 'button').attr('aria-label', n => style.label(n))
      .on('keydown', (e, n) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); hooks.onClick(n); } })
      .each(function (n) {
        const k = look(n);
        d3.select(this).attr('d', shape(n.type, style.radius(n))).attr('transform', `translate(${n.x},${n.y})`)
          .attr('fill', k.fill).attr('opacity', k.opacity).attr('stroke', k.stroke)
          .attr('stroke-width', k.strokeWidth / transform.k).classed('selected', n.id === selected)
          .classed('match', !!(matches && matches.has(n.id)));
      });
    const placed = labels();
    svg.selectAll('g.leaders').data([0]).join('g').attr('class', 'leaders')
      .selectAll('line').data(placed.filter(p => p.leader), p => p.id).join('line')
      .attr('x1', p => p.leader.x1).attr('y1', p => p.leader.y1).attr('x2', p => p.leader.x2).attr('y2', p => p.leader.y2)
      .attr('stroke', p => p.colour).attr('stroke-width', 0.8).attr('stroke-opacity', 0.7);
    svg.selectAll('g.labels').data([0]).join('g').attr('class', 'labels')
      .selectAll('text').data(placed, p => p.id).join('text')
      .attr('x', p => p.x).attr('y', p => p.y).attr('dy', '0.35em').attr('text-anchor', p => p.anchor)
      .attr('data-id', p => p.id).attr('data-top', p => (p.top ? 'true' : null)).attr('data-full', p => (p.text === p.full ? null : p.full))
      .style('font', p => p.font).attr('fill', p => p.colour)
      .attr('stroke', '#fff').attr('stroke-width', 3.5).attr('stroke-linejoin', 'round').attr('paint-order', 'stroke')
      .text(p => p.text);
  }

  /** The picture as it is now, as a standalone SVG document (also for the canvas mode). */
  function svgString() {
    const el = document.createElementNS(SVGNS, 'svg');
    paintSvg(el, true);
    return new XMLSerializer().serializeToString(el);
  }

  /** A PNG of the picture: the canvas itself in canvas mode, the SVG rendered to a canvas otherwise. */
  async function pngBlob() {
    if (mode === 'canvas') return new Promise(ok => surface.node().toBlob(ok, 'image/png'));
    const url = URL.createObjectURL(new Blob([svgString()], { type: 'image/svg+xml' }));
    try {
      const img = new Image();
      await new Promise((ok, fail) => { img.onload = ok; img.onerror = fail; img.src = url; });
      const c = document.createElement('canvas');
      c.width = width * 2; c.height = height * 2;
      const ctx = c.getContext('2d');
      ctx.scale(2, 2); ctx.drawImage(img, 0, 0, width, height);
      return await new Promise(ok => c.toBlob(ok, 'image/png'));
    } finally { URL.revokeObjectURL(url); }
  }

  return {
    render, svgString, pngBlob,
    fit() { userMoved = false; fit(); },
    // New sizes need room: the layout settles again from where it is. New colours or labels only repaint.
    restyle(newStyle, { sizes = false } = {}) { style = newStyle; if (sim && sizes) layout(); else paint(); },
    setMatches(set) { matches = set && set.size ? set : null; paint(); },
    setSelected(id) { selected = id; paint(); },
    resize() { if (!mode) return; size(); resizeSurface(); if (!userMoved) fit(); paint(); },
    mode: () => mode,
    counts: () => ({ nodes: nodes.length, links: links.length }),
  };
}
