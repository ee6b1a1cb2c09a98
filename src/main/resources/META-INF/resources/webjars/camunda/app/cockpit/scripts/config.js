// The Committee's configuration of Cockpit (replaces Camunda's example file): one sign-in page for
// all (Cockpit's own login view sends the browser to the Committee's), and a link back to the
// Committee's pages.
export default {
  customScripts: ['scripts/committee-sign-in', 'scripts/committee-links']
};
