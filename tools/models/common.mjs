import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Resolve packages from the repository root, whatever the caller's working directory.
export const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

/**
 * Splits argv into flags (--name or --name=value) and positional arguments.
 * Positional directories are taken relative to the working directory, as a shell user expects.
 */
export function parseArgs(argv, knownFlags) {
  const flags = {};
  const positional = [];
  for (const arg of argv) {
    if (arg.startsWith('--')) {
      const [name, value = true] = arg.slice(2).split('=');
      if (!knownFlags.includes(name)) {
        throw new UsageError(`unknown option --${name}`);
      }
      flags[name] = value;
    } else {
      positional.push(path.resolve(arg));
    }
  }
  return { flags, positional };
}

export class UsageError extends Error {}

/** Something the machine lacks (a browser, say); reported without a stack trace. */
export class SetupError extends Error {}

/** Files in dir with the given extension, sorted so that output is stable; [] if dir does not exist. */
export async function listFiles(dir, extension) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') {
      return [];
    }
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** A path as a person would type it: relative to the working directory when inside it. */
export function display(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Runs main and maps its result to an exit code: problems found exit 1, usage or set-up errors 2. */
export function run(name, main) {
  main().then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (error) => {
      if (error instanceof UsageError || error instanceof SetupError) {
        console.error(`${name}: ${error.message}`);
        process.exitCode = 2;
      } else {
        console.error(`${name}: ${error.stack || error}`);
        process.exitCode = 1;
      }
    },
  );
}
