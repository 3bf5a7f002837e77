// Placeholder until the detail panel lands.
export const strings = { da: {}, en: {} };
export function init() {}
export function openNode() {}
export function openItem() {}
