// Placeholder until the overlap view lands.
export default {
  id: 'overlap',
  tabKey: 'overlap.tab',
  strings: { da: { 'overlap.tab': 'overlap' }, en: { 'overlap.tab': 'overlap' } },
  mount(el) { el.textContent = 'overlap'; },
  show() {},
};
