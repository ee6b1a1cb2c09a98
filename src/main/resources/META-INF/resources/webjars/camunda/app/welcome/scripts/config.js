// The Committee's configuration of this Camunda web application (replaces Camunda's example file).
export default {
  // One sign-in page for all: this application's own login view sends the browser to the
  // Committee's (after signing out, or when the session has ended).
  customScripts: ['scripts/committee-sign-in']
};
