// Cockpit's configuration for the 1540 Committee: a link back to the Committee's own pages.
export default {
  customScripts: ['scripts/committee-links']
};
