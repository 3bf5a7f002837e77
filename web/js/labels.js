// Readable labels that never cover a node: the most central themes always get one, then the others by size.
// Each label tries eight places around its node (right, left, above, below, then the diagonals) and takes the
// first that is inside the view and clear of every node circle and every label already placed; a top theme also
// tries rings further out (with a leader line), then a shortened name (cut at a word); anything else is dropped. Labels
// are drawn in screen space so they keep their size on zoom. Item triangles (hundreds, on a canvas) are no obstacles.
const measure = document.createElement('canvas').getContext('2d');
const widths = new Map();
const FONT = {
  theme: '600 12px system-ui, -apple-system, "Segoe UI", sans-serif',
  actor: 'italic 12px system-ui, -apple-system, "Segoe UI", sans-serif',
  source: '700 12px system-ui, -apple-system, "Segoe UI", sans-serif',
  item: '11px system-ui, -apple-system, "Segoe UI", sans-serif',
};
/** How many themes, the largest by the metric the view sizes by, always carry a label. */
export const ALWAYS_LABELLED = 10;
const HEIGHT = 16, PAD = 2;
// A top theme's label may move out in rings RING px apart; from the third ring on a thin leader line joins it
// to its node, so it still reads as that node's.
const RING = 10, TOP_RINGS = 6, LEADER_FROM = 2;
// How far a shape reaches from its centre, per radius of the circle of the same area (netdraw's shape()): a
// square's corner lies at 1.25 r, a d3 diamond's tip at 1.65 r, an item triangle's at about 1.5 r.
const REACH = { theme: 1, actor: 1.26, source: 1.65, item: 1.5 };

function textWidth(text, font) {
  const key = font + '|' + text;
  if (!widths.has(key)) { measure.font = font; widths.set(key, measure.measureText(text).width); }
  return widths.get(key);
}

function boxesOverlap(a, b) {
  return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
}

/** Whether a box touches a circle: the box's nearest point to the centre lies within the radius. */
function boxHitsCircle(b, c) {
  const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1), dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
  return dx * dx + dy * dy < c.r * c.r;
}

/**
 * The eight places around a node of screen radius r for a box w wide, nearest first; with rings > 1 the same
 * eight again a little further out (a label a few pixels off still reads as its node's).
 */
function candidates(x, y, r, w, rings = 1) {
  const out = [];
  for (let ring = 0; ring < rings; ring++) out.push(...around(x, y, r + RING * ring, w).map(b => ({ ...b, ring })));
  return out;
}

function around(x, y, r, w) {
  const g = r + 3, d = r * 0.75 + 2, h = HEIGHT;
  return [
    [x + g, y - h / 2], [x - g - w, y - h / 2], [x - w / 2, y - g - h], [x - w / 2, y + g],
    [x + d, y - d - h], [x + d, y + d], [x - d - w, y - d - h], [x - d - w, y + d],
  ].map(([x0, y0]) => ({ x0, y0, x1: x0 + w, y1: y0 + h }));
}

/** A line from the node's rim to the nearest point of its label's box. */
function leader(x, y, r, b) {
  const tx = Math.max(b.x0, Math.min(x, b.x1)), ty = Math.max(b.y0, Math.min(y, b.y1));
  const d = Math.hypot(tx - x, ty - y) || 1;
  return { x1: x + (tx - x) * r / d, y1: y + (ty - y) * r / d, x2: tx, y2: ty };
}

// Words a shortened name must not end on ("Fokus på …" says nothing).
const LINKING = new Set(['og', 'i', 'på', 'af', 'til', 'for', 'med', 'om', 'and', 'of', 'on', 'in', 'to', 'the', 'for', 'with']);

/**
 * Shorter forms of a name, cut at word boundaries ("Service og kontakt …"), longest first. No form ends on a
 * linking word, and one word alone only when it is long enough to name the theme ("Digitalisering …", not "Krise …").
 */
function shortened(text) {
  const words = text.split(/\s+/);
  const out = [];
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n);
    if (LINKING.has(head[n - 1].toLowerCase()) || (n === 1 && head[0].length < 9)) continue;
    out.push(head.join(' ').replace(/[,–-]$/, '') + ' …');
  }
  return out;
}

/**
 * Which labels to draw and where. must(n) forces a label (the open or hovered node) even where nothing is free;
 * top(n) marks the always-labelled themes; prefer(n) puts hovered neighbours and search matches before the rest.
 */
export function placeLabels(nodes, { transform, width, height, radius, label, must, prefer, top = () => false }) {
  const k = transform.k;
  const wanted = nodes.filter(n => must(n) || top(n) || prefer(n) || (n.type === 'item' ? k >= 3 : radius(n) * k >= 5.5));
  wanted.sort((a, b) => (must(b) - must(a)) || (top(b) - top(a)) || (prefer(b) - prefer(a)) || (radius(b) - radius(a)));
  const circles = nodes.filter(n => n.type !== 'item').map(n => ({
    x: transform.applyX(n.x), y: transform.applyY(n.y), r: radius(n) * k * REACH[n.type] + 1,
  }));
  const placed = [], taken = [];
  const inside = b => b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height;
  const free = b => inside(b) && !circles.some(c => boxHitsCircle(b, c)) && !taken.some(t => boxesOverlap(b, t));
  for (const n of wanted) {
    const x = transform.applyX(n.x), y = transform.applyY(n.y);
    if (x < -50 || y < -20 || x > width + 50 || y > height + 20) continue;
    const font = FONT[n.type] || FONT.item;
    const r = radius(n) * k * (REACH[n.type] || 1);
    const full = label(n) || '';
    const texts = top(n) || must(n) ? [full, ...shortened(full)] : [full];
    let spot = null;
    for (const text of texts) {
      const box = candidates(x, y, r, textWidth(text, font) + 2 * PAD, top(n) ? TOP_RINGS : 1).find(free);
      if (box) { spot = { box, text }; break; }
    }
    if (!spot && must(n)) spot = { box: candidates(x, y, r, textWidth(full, font) + 2 * PAD)[0], text: full };
    if (!spot) continue;
    taken.push(spot.box);
    const b = spot.box;
    placed.push({
      id: n.id, text: spot.text, full, font, x: b.x0 + PAD, y: (b.y0 + b.y1) / 2, anchor: 'start', box: b,
      leader: b.ring >= LEADER_FROM ? leader(x, y, r, b) : null,
    });
  }
  return placed;
}
