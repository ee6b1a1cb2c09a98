// A link from Cockpit's navigation back to the Committee's pages (a Cockpit front-end plugin).
export default {
  id: 'committee-links',
  pluginPoint: 'cockpit.navigation',
  priority: 1000,
  label: 'Committee pages',
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/committee/';
    link.textContent = 'Committee pages';
    link.className = 'committee-links';
    node.appendChild(link);
  }
};
