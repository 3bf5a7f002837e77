// Readable labels: big nodes first, each label placed right (or else left) of its node, dropped when it
// would overlap a label already placed. Labels are drawn in screen space so they keep their size on zoom.
const measure = document.createElement('canvas').getContext('2d');
const widths = new Map();
const FONT = {
  theme: '600 12px system-ui, -apple-system, "Segoe UI", sans-serif',
  actor: 'italic 12px system-ui, -apple-system, "Segoe UI", sans-serif',
  source: '700 12px system-ui, -apple-system, "Segoe UI", sans-serif',
  item: '11px system-ui, -apple-system, "Segoe UI", sans-serif',
};

function textWidth(text, font) {
  const key = font + '|' + text;
  if (!widths.has(key)) { measure.font = font; widths.set(key, measure.measureText(text).width); }
  return widths.get(key);
}

function overlaps(a, list) {
  return list.some(b => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0);
}

/** Which labels to draw and where. must(n) forces a label (the open node, the hovered neighbourhood). */
export function placeLabels(nodes, { transform, width, height, radius, label, must, prefer }) {
  const k = transform.k;
  const wanted = nodes.filter(n => must(n) || prefer(n) || (n.type === 'item' ? k >= 3 : radius(n) * k >= 5.5));
  wanted.sort((a, b) => (must(b) - must(a)) || (prefer(b) - prefer(a)) || (radius(b) - radius(a)));
  // Nodes are obstacles too, so a label never covers another node's shape.
  const boxes = nodes.filter(n => n.type !== 'item').map(n => {
    const x = transform.applyX(n.x), y = transform.applyY(n.y), r = radius(n) * k;
    return { x0: x - r, x1: x + r, y0: y - r, y1: y + r };
  });
  const placed = [], labelBoxes = [];
  let rank = 0;
  for (const n of wanted) {
    const x = transform.applyX(n.x), y = transform.applyY(n.y);
    if (x < -50 || y < -20 || x > width + 50 || y > height + 20) continue;
    const font = FONT[n.type] || FONT.item;
    const text = label(n);
    const w = textWidth(text, font) + 4, r = radius(n) * k + 3;
    const right = { x0: x + r, x1: x + r + w, y0: y - 8, y1: y + 8 };
    const left = { x0: x - r - w, x1: x - r, y0: y - 8, y1: y + 8 };
    // The biggest nodes may cover a small node's corner, never another label.
    const inside = b => b.x0 >= 0 && b.x1 <= width;
    const free = b => inside(b) && (!overlaps(b, boxes) || (rank < 12 && !overlaps(b, labelBoxes)));
    const box = free(right) ? right : free(left) ? left : must(n) ? right : null;
    rank++;
    if (!box) continue;
    boxes.push(box);
    labelBoxes.push(box);
    placed.push({ id: n.id, text, font, y, x: box === left ? x - r : x + r, anchor: box === left ? 'end' : 'start' });
  }
  return placed;
}
