import { execFileSync } from 'node:child_process';

/**
 * When each file under `content/` last changed, from the git history at build time, as Starlight's `lastUpdated` reads
 * it for its own pages. One `git log` pass reads every file, newest commit first, so each file's first sighting is its
 * last change. A build outside a git checkout (a downloaded archive) has no history, and its pages show no date.
 */
let changed: Map<string, Date> | undefined;
/** A content file's path from the project root, as git names it: `content/roles/devops.mdx`, without a leading `./`. */
const fromRoot = (filePath: string) => filePath.replace(/^\.\//, '');

function readHistory(): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    // ":/content" is the content folder at the repository's top, whose paths the log names: a scratch copy of the project
    // inside the repository (as the tests build) reads the same history as the project.
    log = execFileSync('git', ['log', '--format=@%ct', '--name-only', '--no-renames', '--', ':/content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  let when: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) when = new Date(Number(line.slice(1)) * 1000);
    else if (line && when && !dates.has(line)) dates.set(line, when);
  }
  return dates;
}

/** The day a file (a path from the project root, such as `content/roles/devops.mdx`) last changed in git, if known. */
export function lastChanged(filePath: string | undefined): Date | undefined {
  if (!filePath) return undefined;
  changed ??= readHistory();
  return changed.get(fromRoot(filePath));
}

/**
 * Where a reader can suggest a change to a file: `EDIT_BASE_URL` with the file's path after it, as Starlight's
 * `editLink.baseUrl` works. Without the variable, pages offer no link.
 */
export function editUrlOf(filePath: string | undefined, env: Record<string, string | undefined> = process.env): string | undefined {
  const base = editBaseUrl(env);
  return base && filePath ? new URL(fromRoot(filePath), base).href : undefined;
}

/** `EDIT_BASE_URL`, checked: a web address ending in a slash, so a file's path goes after it. */
export function editBaseUrl(env: Record<string, string | undefined>): string | undefined {
  const value = env['EDIT_BASE_URL']?.trim();
  if (!value) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    throw new Error(
      `EDIT_BASE_URL is "${value}", which is not a web address. Fix: give the address a file's path is added to, such as https://github.com/example/ops-atlas/edit/main/.`,
    );
  return value.endsWith('/') ? value : `${value}/`;
}

/**
 * What an entry's page tells Starlight about its dates and its source file: the day it was checked, the day it last
 * changed and where to suggest a change, each left out where it is unknown.
 */
export function pageDates(filePath: string | undefined, reviewed?: Date): { reviewed?: Date; lastUpdated: Date | false; editUrl: string | false } {
  return { ...(reviewed ? { reviewed } : {}), lastUpdated: lastChanged(filePath) ?? false, editUrl: editUrlOf(filePath) ?? false };
}
