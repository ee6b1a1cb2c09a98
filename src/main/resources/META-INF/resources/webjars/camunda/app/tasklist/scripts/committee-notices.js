// Tasklist puts its own heading before a refusal the server explains ("An error happened while
// submitting the task form : The outcome date 2027-03-01 is in the future ..."). The reason is the
// Committee's, in plain words; the heading says only that the work was not done. Camunda 7's
// translations cannot be changed one at a time, so the heading is reworded where it is shown.
const headings = new Map([
  ['An error happened while submitting the task form', 'Not completed'],
  ['The process could not be started.', 'Not started'],
  ['An error happened while claiming the task.', 'Not claimed'],
  ['An error happened while unclaiming the task.', 'Not given back'],
  ['An error happened while assigning the task.', 'Not assigned'],
  ['The task could not be saved.', 'Not saved']
]);

function reword(root) {
  for (const status of root.querySelectorAll('.notifications strong.status, .notification strong.status')) {
    const plain = headings.get(status.textContent.trim());
    if (plain) {
      status.textContent = plain;
    }
  }
}

new MutationObserver(() => reword(document)).observe(document.body, {childList: true, subtree: true});
reword(document);

export default [];
