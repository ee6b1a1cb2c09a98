// Checks forms/*.form (or the *.form files of the directory given as argument): JSON, a schema
// version that Camunda 7.24 Tasklist understands, an id, and a real import with the form-js viewer
// that Tasklist ships, rendered in jsdom.
// Usage: node tools/models/lint-forms.mjs [directory]
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { JSDOM } from 'jsdom';

import { ROOT, display, listFiles, parseArgs, plural, requireFromRoot, run } from './common.mjs';

run('lint:forms', async () => {
  const { positional } = parseArgs(process.argv.slice(2), []);
  const dir = positional[0] || path.join(ROOT, 'forms');
  const files = await listFiles(dir, '.form');

  if (files.length === 0) {
    console.log(`lint:forms: no .form files in ${display(dir)}, nothing to check`);
    return true;
  }

  const viewer = loadViewer();
  const formIds = new Map();
  let errors = 0;

  for (const file of files) {
    const { schema, problems } = await checkForm(file, viewer);

    // Camunda deploys forms keyed by their id; two files with one id break the deployment.
    const id = schema?.id;
    if (typeof id === 'string' && id) {
      if (formIds.has(id)) {
        problems.push(`id "${id}" is also the id of ${display(formIds.get(id))}`);
      } else {
        formIds.set(id, file);
      }
    }

    for (const problem of problems) {
      console.log(`${display(file)}: error: ${problem}`);
    }
    errors += problems.length;
  }

  console.log(`lint:forms: ${plural(files.length, 'form')} checked, ${plural(errors, 'error')}`);
  return errors === 0;
});

/**
 * form-js-viewer's ES build does not resolve under Node (it imports 'lodash/isEqual' without
 * an extension), and its CommonJS build touches browser globals while loading; so jsdom's window
 * goes onto the global object first, then the CommonJS build is required.
 */
function loadViewer() {
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  for (const name of Object.getOwnPropertyNames(dom.window)) {
    if (!(name in globalThis)) {
      try {
        globalThis[name] = dom.window[name];
      } catch {
        // opaque-origin properties such as localStorage throw on access; the viewer needs none.
      }
    }
  }
  const { Form, schemaVersion } = requireFromRoot('@bpmn-io/form-js-viewer');
  return { Form, maxSchemaVersion: schemaVersion, document: dom.window.document };
}

async function checkForm(file, viewer) {
  const problems = [];
  const text = await readFile(file, 'utf8');

  let schema;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    problems.push(`not valid JSON: ${withLineAndColumn(error.message, text)}`);
    return { problems };
  }

  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    problems.push('not a form: the top level is not a JSON object');
    return { problems };
  }

  if (!('schemaVersion' in schema)) {
    problems.push('schemaVersion is missing');
  } else if (!Number.isInteger(schema.schemaVersion) || schema.schemaVersion < 1) {
    problems.push(`schemaVersion ${JSON.stringify(schema.schemaVersion)} is not a positive integer`);
  } else if (schema.schemaVersion > viewer.maxSchemaVersion) {
    problems.push(
      `schemaVersion ${schema.schemaVersion} is newer than Camunda 7.24 Tasklist reads (at most ${viewer.maxSchemaVersion}); ` +
        'set the form\'s execution platform to Camunda Platform 7.24 in Camunda Modeler',
    );
  }

  if (typeof schema.id !== 'string' || schema.id.trim() === '') {
    problems.push('id is missing (user tasks reference a form by this id in camunda:formRef)');
  }

  problems.push(...(await importForm(schema, viewer)));
  return { schema, problems };
}

/** Imports and renders the form as Tasklist would, and evaluates each FEEL expression once. */
async function importForm(schema, { Form, document }) {
  const problems = [];
  const container = document.createElement('div');
  document.body.appendChild(container);
  const form = new Form({ container });

  // The viewer reports FEEL errors as 'error' events rather than failing the import.
  // Listeners must return nothing: the event bus stops at the first one that returns a value.
  const renderErrors = [];
  form.on('error', ({ error }) => {
    renderErrors.push(error?.message || String(error));
  });

  try {
    await form.importSchema(schema, {});
  } catch (error) {
    problems.push(`does not import into form-js-viewer: ${error.message}`);
  }

  if (problems.length === 0) {
    problems.push(...checkExpressions(form, schema, renderErrors));
  }

  form.destroy();
  container.remove();
  return problems;
}

/**
 * Evaluates every "=..." value of every component with the viewer's own FEEL services, so that a
 * broken expression is reported with its component and property, not just as a render error.
 */
function checkExpressions(form, schema, renderErrors) {
  const problems = [];
  const expressionLanguage = form.get('expressionLanguage');
  const conditionChecker = form.get('conditionChecker');

  let current = null;
  const explained = new Set();
  form.on('error', ({ error }) => {
    if (current) {
      const message = error?.message || String(error);
      explained.add(message);
      problems.push(`${current}: FEEL expression does not parse: ${message}`);
    }
  });

  visitComponents(schema.components || [], (component) => {
    visitExpressions(component, [], (expression, propertyPath) => {
      const where = `component ${component.id || component.key || component.type}, ${propertyPath.join('.')}`;
      current = `${where} (${JSON.stringify(expression)})`;
      if (propertyPath[0] === 'conditional') {
        conditionChecker.check(expression, {});
      } else {
        expressionLanguage.evaluate(expression, {});
      }
      current = null;
    });
  });

  for (const message of new Set(renderErrors)) {
    if (!explained.has(message)) {
      problems.push(`error while rendering: ${message}`);
    }
  }
  return problems;
}

function visitComponents(components, visit) {
  for (const component of components) {
    if (component && typeof component === 'object') {
      visit(component);
      visitComponents(component.components || [], visit);
    }
  }
}

function visitExpressions(value, propertyPath, visit) {
  if (typeof value === 'string') {
    if (value.startsWith('=')) {
      visit(value, propertyPath);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => visitExpressions(item, [...propertyPath, index], visit));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // Nested components are visited as components of their own.
      if (!(propertyPath.length === 0 && key === 'components')) {
        visitExpressions(item, [...propertyPath, key], visit);
      }
    }
  }
}

function withLineAndColumn(message, text) {
  const match = /at position (\d+)/.exec(message);
  if (!match || /line \d+/.test(message)) {
    return message;
  }
  const before = text.slice(0, Number(match[1])).split('\n');
  return `${message} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}
