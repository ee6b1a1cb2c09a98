// The Committee's configuration of Tasklist (replaces Camunda's example file): Camunda's keyboard
// shortcuts, one sign-in page for all (Tasklist's own login view sends the browser to the
// Committee's, after signing out or when the session has ended), and links back to the
// Committee's pages in the header, and refusals headed in plain words.
export default {
  customScripts: ['scripts/committee-sign-in', 'scripts/committee-links', 'scripts/committee-notices'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
