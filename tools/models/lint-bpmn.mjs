// Lints bpmn/*.bpmn (or the *.bpmn files of the directory given as argument) with bpmnlint
// and the root .bpmnlintrc, and adds two house checks that bpmnlint has no rule for.
// Usage: node tools/models/lint-bpmn.mjs [directory]
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import { ROOT, display, listFiles, parseArgs, plural, requireFromRoot, run } from './common.mjs';

const { Linter } = requireFromRoot('bpmnlint');
const NodeResolver = requireFromRoot('bpmnlint/lib/resolver/node-resolver');
// The moddle that bpmnlint itself parses with, so that both agree on the BPMN meta-model.
const { BpmnModdle } = createRequire(requireFromRoot.resolve('bpmnlint'))('bpmn-moddle');

const MODELER_NS = 'http://camunda.org/schema/modeler/1.0';
const EXECUTION_PLATFORM = 'Camunda Platform';
const EXECUTION_PLATFORM_VERSION = /^7\.24\.\d+$/;

run('lint:bpmn', async () => {
  const { positional } = parseArgs(process.argv.slice(2), []);
  const dir = positional[0] || path.join(ROOT, 'bpmn');
  const files = await listFiles(dir, '.bpmn');

  if (files.length === 0) {
    console.log(`lint:bpmn: no .bpmn files in ${display(dir)}, nothing to check`);
    return true;
  }

  const config = JSON.parse(await readFile(path.join(ROOT, '.bpmnlintrc'), 'utf8'));
  const moddle = createModdle(config);

  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    // A linter per file: some rules (no-duplicate-sequence-flows) keep state between lint() calls.
    const linter = new Linter({ config, resolver: new NodeResolver({ require: requireFromRoot }) });
    const problems = await lintFile(file, moddle, linter);
    for (const problem of problems) {
      console.log(format(file, problem));
      if (problem.category === 'error') {
        errors++;
      } else if (problem.category === 'warn') {
        warnings++;
      }
    }
  }

  console.log(
    `lint:bpmn: ${plural(files.length, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return errors === 0;
});

function createModdle(config) {
  const extensions = {};
  for (const [prefix, module] of Object.entries(config.moddleExtensions || {})) {
    extensions[prefix] = requireFromRoot(module);
  }
  return new BpmnModdle(extensions);
}

async function lintFile(file, moddle, linter) {
  const xml = await readFile(file, 'utf8');

  let parsed;
  try {
    parsed = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    // The parser puts line and column on their own lines; keep them on one.
    const message = error.message.split('\n').map((part) => part.trim()).filter(Boolean).join(', ');
    return [{ category: 'error', rule: 'parse', message: `not readable as BPMN: ${message}` }];
  }

  const { rootElement: definitions, elementsById, warnings } = parsed;
  const describe = (id) => describeElement(id && elementsById[id]) || id;

  // Unknown attributes (typos such as camunda:formRefBindng) and dangling references surface here;
  // the engine would ignore or reject them, so they count as errors, as in the bpmnlint CLI.
  const problems = warnings.map((warning) => ({
    category: 'error',
    rule: 'import',
    element: describeElement(warning.element),
    message: warning.message.split('\n')[0],
  }));

  const results = await linter.lint(definitions);
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      problems.push({
        category: report.category,
        rule: report.name || rule,
        element: describe(report.id),
        message: report.message,
      });
    }
  }

  problems.push(...houseChecks(file, definitions).map((problem) => ({
    ...problem,
    element: describe(problem.element),
  })));

  return problems;
}

// Camunda Modeler picks its engine checks from these attributes, and the rest of the tooling
// (diagram names, deployment) relies on one executable process per file named after its id.
function houseChecks(file, definitions) {
  const problems = [];
  const attrs = definitions.$attrs || {};
  const modelerPrefix = Object.keys(attrs)
    .find((name) => name.startsWith('xmlns:') && attrs[name] === MODELER_NS)
    ?.slice('xmlns:'.length);
  const platform = modelerPrefix && attrs[`${modelerPrefix}:executionPlatform`];
  const version = modelerPrefix && attrs[`${modelerPrefix}:executionPlatformVersion`];
  if (platform !== EXECUTION_PLATFORM || !EXECUTION_PLATFORM_VERSION.test(version || '')) {
    problems.push({
      category: 'error',
      rule: 'house/execution-platform',
      element: definitions.id,
      message:
        `declares execution platform "${platform ?? ''}" "${version ?? ''}"; expected ` +
        `modeler:executionPlatform="${EXECUTION_PLATFORM}" modeler:executionPlatformVersion="7.24.x" ` +
        `(xmlns:modeler="${MODELER_NS}")`,
    });
  }

  const processId = path.basename(file, '.bpmn');
  const executable = (definitions.rootElements || [])
    .filter((element) => element.$type === 'bpmn:Process' && element.isExecutable);
  if (executable.length !== 1) {
    problems.push({
      category: 'error',
      rule: 'house/one-process-per-file',
      element: definitions.id,
      message: `has ${executable.length} executable processes (${executable.map((p) => p.id).join(', ') || 'none'}); expected exactly one, with id "${processId}"`,
    });
  } else if (executable[0].id !== processId) {
    problems.push({
      category: 'error',
      rule: 'house/one-process-per-file',
      element: executable[0].id,
      message: `process id does not match the file name; rename the file to ${executable[0].id}.bpmn or the process to ${processId}`,
    });
  }
  return problems;
}

function describeElement(element) {
  if (!element) {
    return undefined;
  }
  const name = element.name ? ` "${element.name.replace(/\s+/g, ' ')}"` : '';
  return `${element.id || '(no id)'}${name} <${element.$type}>`;
}

function format(file, { category, rule, element, message }) {
  const label = { error: 'error', warn: 'warning', info: 'info' }[category] || category;
  return `${display(file)}: ${label}: ${element ? `${element}: ` : ''}${message} [${rule}]`;
}
