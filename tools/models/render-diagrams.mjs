// Renders bpmn/<ProcessId>.bpmn to docs/diagrams/<ProcessId>.svg with bpmn-js in headless Chromium.
// With --check it renders to a temporary directory instead and fails, naming each image, when a
// committed image no longer matches its model, is missing, or has no model.
// Usage: node tools/models/render-diagrams.mjs [--check] [bpmn directory] [image directory]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { ROOT, SetupError, UsageError, display, listFiles, parseArgs, plural, requireFromRoot, run } from './common.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWER_BUNDLE = requireFromRoot.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

run('diagrams', async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['check']);
  if (positional.length > 2) {
    throw new UsageError('usage: render-diagrams.mjs [--check] [bpmn directory] [image directory]');
  }
  const modelDir = positional[0] || path.join(ROOT, 'bpmn');
  const imageDir = positional[1] || path.join(ROOT, 'docs', 'diagrams');
  const models = await listFiles(modelDir, '.bpmn');
  const images = await listFiles(imageDir, '.svg');
  const imageOf = (model) => path.join(imageDir, `${path.basename(model, '.bpmn')}.svg`);
  const modelOf = (image) => path.join(modelDir, `${path.basename(image, '.svg')}.bpmn`);
  const orphans = images.filter((image) => !models.includes(modelOf(image)));

  if (flags.check) {
    return check(models, orphans, imageOf, modelOf);
  }

  if (models.length === 0) {
    console.log(`diagrams: no .bpmn files in ${display(modelDir)}, nothing to render`);
  }
  const { rendered, failed } = await renderAll(models);
  if (rendered.size > 0) {
    await mkdir(imageDir, { recursive: true });
  }
  for (const [model, svg] of rendered) {
    await writeFile(imageOf(model), svg);
    console.log(`diagrams: ${display(model)} -> ${display(imageOf(model))}`);
  }
  for (const orphan of orphans) {
    await rm(orphan);
    console.log(`diagrams: removed ${display(orphan)}, its model ${display(modelOf(orphan))} is gone`);
  }
  if (failed > 0) {
    console.log(`diagrams: ${plural(failed, 'model')} could not be rendered`);
  }
  return failed === 0;
});

async function check(models, orphans, imageOf, modelOf) {
  const problems = [];
  const { rendered, failed } = await renderAll(models);

  // Fresh renders go to a temporary directory, kept when an image differs so that it can be compared.
  const freshDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-check-'));
  let keepFreshDir = false;
  for (const [model, svg] of rendered) {
    const image = imageOf(model);
    const fresh = path.join(freshDir, path.basename(image));
    await writeFile(fresh, svg);
    let committed;
    try {
      committed = await readFile(image, 'utf8');
    } catch (error) {
      if (error.code !== 'ENOENT') {
        throw error;
      }
      problems.push(`${display(image)} is missing; it is rendered from ${display(model)}`);
      continue;
    }
    // A checkout with autocrlf must not count as a change.
    if (committed.replace(/\r\n/g, '\n') !== svg) {
      problems.push(`${display(image)} no longer matches ${display(model)} (fresh render: ${fresh})`);
      keepFreshDir = true;
    }
  }
  if (!keepFreshDir) {
    await rm(freshDir, { recursive: true, force: true });
  }
  for (const orphan of orphans) {
    problems.push(`${display(orphan)} has no model ${display(modelOf(orphan))}`);
  }

  for (const problem of problems) {
    console.log(`diagrams:check: error: ${problem}`);
  }
  if (problems.length > 0) {
    console.log('diagrams:check: run "npm run diagrams" and commit the images');
  }
  const errors = problems.length + failed;
  console.log(`diagrams:check: ${plural(models.length, 'model')} checked, ${plural(errors, 'error')}`);
  return errors === 0;
}

/**
 * Renders each model in one headless Chromium page. Returns the SVG of each model that rendered,
 * and how many did not (each already reported with its file and element).
 */
async function renderAll(models) {
  const rendered = new Map();
  if (models.length === 0) {
    return { rendered, failed: 0 };
  }
  if (!existsSync(CHROMIUM)) {
    throw new SetupError(
      `no Chromium at ${CHROMIUM}: run tools/models/ensure-chromium.sh as root, or set CHROMIUM_PATH`,
    );
  }
  warnIfArialIsNotLiberationSans();

  const { chromium } = requireFromRoot('playwright-core');
  // A fresh profile each run (Playwright passes it to Chromium as --user-data-dir).
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-chromium-'));
  let failed = 0;
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1600, height: 1200 },
      deviceScaleFactor: 1,
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    try {
      // Everything the page needs is injected from node_modules; nothing may leave the machine.
      await context.route(/^(?!data:|about:)/, (route) => route.abort());
      const page = context.pages()[0] || (await context.newPage());
      await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        + '<body style="margin:0"><div id="canvas" style="width:1600px;height:1200px"></div></body></html>');
      await page.addScriptTag({ path: VIEWER_BUNDLE });

      for (const model of models) {
        const xml = await readFile(model, 'utf8');
        const result = await page.evaluate(renderInPage, xml);
        if (result.error) {
          console.log(`diagrams: error: ${display(model)}: cannot render: ${result.error}`);
        }
        for (const warning of result.warnings) {
          console.log(`diagrams: error: ${display(model)}: ${warning.id ? `${warning.id}: ` : ''}${warning.message}`);
        }
        if (result.error || result.warnings.length > 0) {
          failed++;
        } else {
          rendered.set(model, normalize(result.svg));
        }
      }
    } finally {
      await context.close();
    }
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
  return { rendered, failed };
}

/** Runs in the page; BpmnJS is the Viewer from bpmn-js's UMD bundle. */
async function renderInPage(xml) {
  const viewer = new window.BpmnJS({ container: '#canvas' });
  try {
    const { warnings } = await viewer.importXML(xml);
    const { svg } = await viewer.saveSVG({ format: true });
    return {
      svg,
      warnings: warnings.map((warning) => ({
        id: warning.element && warning.element.id,
        message: String(warning.message).split('\n')[0],
      })),
    };
  } catch (error) {
    return { error: String(error.message || error).split('\n')[0], warnings: [] };
  } finally {
    viewer.destroy();
  }
}

/**
 * bpmn-js names each arrow-head marker "marker-" plus a random string, which would change every
 * image on every run; number them in order of appearance instead. Nothing else in the SVG varies.
 */
function normalize(svg) {
  const renamed = new Map();
  for (const [, id] of svg.matchAll(/<marker id="([^"]+)"/g)) {
    renamed.set(id, `marker-${renamed.size + 1}`);
  }
  const result = svg.replace(/(id="|url\('?#)([^"')]+)/g, (match, prefix, id) =>
    renamed.has(id) ? `${prefix}${renamed.get(id)}` : match);
  return result.endsWith('\n') ? result : `${result}\n`;
}

function warnIfArialIsNotLiberationSans() {
  // Label line breaks depend on measured text widths; the committed images are laid out with
  // Liberation Sans standing in for Arial (metrically identical), which Debian's fonts-liberation gives.
  try {
    const match = execFileSync('fc-match', ['Arial'], { encoding: 'utf8' });
    if (!/Liberation Sans/.test(match)) {
      console.log(`diagrams: warning: Arial is drawn as ${match.trim()} here, not Liberation Sans; `
        + 'label layout may differ from the committed images (install fonts-liberation)');
    }
  } catch {
    console.log('diagrams: warning: fc-match not found; cannot tell which font stands in for Arial');
  }
}
