// Sign-in belongs to the Committee's login page (Spring Security); Camunda's own login endpoint is
// closed. When this application shows its login view, the browser goes there instead.
const appRoot = document.querySelector('base').getAttribute('app-root') || '';
const committeeLogin = appRoot.replace(/\/camunda\/?$/, '') + '/committee/login';

function toCommitteeLogin() {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(committeeLogin);
  }
}

window.addEventListener('hashchange', toCommitteeLogin);
toCommitteeLogin();

export default [];
