// Runs both model linters, the second even when the first fails, so that CI shows every problem.
// Usage: node tools/models/lint.mjs [bpmn directory] [forms directory]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [bpmnDir, formsDir] = process.argv.slice(2);

let failed = false;
for (const [script, dir] of [['lint-bpmn.mjs', bpmnDir], ['lint-forms.mjs', formsDir]]) {
  const args = [path.join(here, script), ...(dir ? [dir] : [])];
  const { status, error } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (error || status !== 0) {
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
