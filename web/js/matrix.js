// Placeholder until the matrix view lands.
export default {
  id: 'matrix',
  tabKey: 'matrix.tab',
  strings: { da: { 'matrix.tab': 'matrix' }, en: { 'matrix.tab': 'matrix' } },
  mount(el) { el.textContent = 'matrix'; },
  show() {},
};
