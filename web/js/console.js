// Placeholder until the console view lands.
export default {
  id: 'console',
  tabKey: 'console.tab',
  strings: { da: { 'console.tab': 'console' }, en: { 'console.tab': 'console' } },
  mount(el) { el.textContent = 'console'; },
  show() {},
};
