// Placeholder until the network view lands.
export default {
  id: 'network',
  tabKey: 'network.tab',
  strings: { da: { 'network.tab': 'network' }, en: { 'network.tab': 'network' } },
  mount(el) { el.textContent = 'network'; },
  show() {},
};
