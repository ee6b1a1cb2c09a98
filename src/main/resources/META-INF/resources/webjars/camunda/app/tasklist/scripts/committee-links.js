// Links from Tasklist's header back to the Committee's pages (a Tasklist front-end plugin).
const pages = [
  ['/committee/', 'Committee pages'],
  ['/committee/correspondence', 'Correspondence register'],
  ['/committee/matrix', 'Matrix rounds'],
  ['/committee/review', 'Review status']
];

export default {
  id: 'committee-links',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    const span = document.createElement('span');
    span.className = 'committee-links';
    for (const [href, label] of pages) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = label;
      span.appendChild(link);
    }
    node.appendChild(span);
  }
};
