// A small force-directed drawing of the nodes and relationships a console query returned, so an analyst
// sees the shape of a result (who links to what) without leaving the page. D3 only, no state kept.

const MAX_NODES = 300;        // beyond this a force layout in a 400 px box is a hairball; the table has it all
const LABEL_LIMIT = 80;       // above this many nodes labels only show on hover

/** The node's group, for colour and legend: its most specific label (Item:Finding:Challenge → Challenge). */
function groupOf(n) {
  const labels = n.labels || n._labels || [];
  return n.type || labels[labels.length - 1] || 'node';
}

/** A short caption from whatever the server put on the node. */
export function captionOf(n) {
  const p = n.properties || n;
  const text = n.label || p.name || p.title || p.caption || p.id || n.id;
  const s = String(text ?? '');
  return s.length > 40 ? `${s.slice(0, 38)}…` : s;
}

/**
 * Draws graph {nodes, links} into el (replacing its content). options.onNode(node) is called on click;
 * options.note(nodesShown, nodesTotal) may return a text shown above the drawing when nodes were cut.
 */
export function render(el, graph, { onNode = () => {}, note = null, height = 400 } = {}) {
  const allNodes = graph.nodes || [];
  const nodes = allNodes.slice(0, MAX_NODES).map(n => ({ ...n, _id: String(n.id), _group: groupOf(n) }));
  const ids = new Set(nodes.map(n => n._id));
  const links = (graph.links || graph.relationships || [])
    .map(l => ({ ...l, source: String(l.source ?? l.start), target: String(l.target ?? l.end) }))
    .filter(l => ids.has(l.source) && ids.has(l.target));
  el.replaceChildren();
  if (!nodes.length) return;
  if (note && allNodes.length > nodes.length) {
    const p = document.createElement('p');
    p.className = 'views-muted';
    p.textContent = note(nodes.length, allNodes.length);
    el.append(p);
  }
  const width = Math.max(320, el.clientWidth || 800);
  const groups = [...new Set(nodes.map(n => n._group))];
  const colour = d3.scaleOrdinal(groups, d3.schemeTableau10);
  const svg = d3.select(el).append('svg').attr('class', 'minigraph').attr('viewBox', [0, 0, width, height])
    .attr('width', width).attr('height', height);
  const zoomed = svg.append('g');
  svg.call(d3.zoom().scaleExtent([0.3, 4]).on('zoom', e => zoomed.attr('transform', e.transform)));
  const link = zoomed.append('g').attr('class', 'minigraph-links').selectAll('line').data(links).join('line');
  link.append('title').text(l => l.type || '');
  const node = zoomed.append('g').attr('class', 'minigraph-nodes').selectAll('g').data(nodes).join('g')
    .attr('class', 'minigraph-node').on('click', (e, d) => onNode(d));
  node.append('circle').attr('r', 6).attr('fill', d => colour(d._group));
  node.append('title').text(d => `${d._group}: ${captionOf(d)}`);
  if (nodes.length <= LABEL_LIMIT) node.append('text').attr('x', 8).attr('dy', '0.35em').text(captionOf);
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id(d => d._id).distance(60))
    .force('charge', d3.forceManyBody().strength(nodes.length > 100 ? -40 : -140))
    .force('center', d3.forceCenter(width / 2, height / 2))
    .force('collide', d3.forceCollide(10))
    .force('x', d3.forceX(width / 2).strength(0.05)).force('y', d3.forceY(height / 2).strength(0.08))
    .on('tick', () => {
      link.attr('x1', d => d.source.x).attr('y1', d => d.source.y).attr('x2', d => d.target.x).attr('y2', d => d.target.y);
      node.attr('transform', d => `translate(${d.x},${d.y})`);
    });
  node.call(drag(simulation));
  legend(el, groups, colour);
}

function drag(simulation) {
  return d3.drag()
    .on('start', (e, d) => { if (!e.active) simulation.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
    .on('drag', (e, d) => { d.fx = e.x; d.fy = e.y; })
    .on('end', (e, d) => { if (!e.active) simulation.alphaTarget(0); d.fx = null; d.fy = null; });
}

function legend(el, groups, colour) {
  const box = document.createElement('div');
  box.className = 'minigraph-legend';
  for (const g of groups) {
    const item = document.createElement('span');
    const dot = document.createElement('i');
    dot.style.background = colour(g);
    item.append(dot, g);
    box.append(item);
  }
  el.append(box);
}
