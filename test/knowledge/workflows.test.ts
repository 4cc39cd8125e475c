import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { announceSiteAddress, siteAddress } from '../../src/integrations/site-address';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string | number>;
}

interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  env?: Record<string, string | number>;
  steps?: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  env?: Record<string, string | number>;
  jobs: Record<string, Job>;
}

const folder = '.github/workflows';
const files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
const read = (file: string) => parse(readFileSync(join(folder, file), 'utf8')) as Workflow;

const deploy = read('deploy.yml');
const jobs = Object.entries(deploy.jobs);
const needsOf = (job: Job) => [job.needs ?? []].flat();
/** Every job a job waits for, directly or through another. */
const waitsFor = (name: string): string[] => needsOf(deploy.jobs[name]!).flatMap((needed) => [needed, ...waitsFor(needed)]);
const jobRunning = (matches: (step: Step) => boolean) => jobs.find(([, job]) => job.steps?.some(matches))?.[0];
const stepRunning = (command: RegExp) => jobs.flatMap(([, job]) => job.steps ?? []).find((step) => command.test(step.run ?? ''));

const publishing = jobRunning((step) => step.uses?.startsWith('actions/deploy-pages@') ?? false);
const testing = jobRunning((step) => /\bnpm test\b|\.ci\/run/.test(step.run ?? ''));

describe('the deploy workflow', () => {
  it('runs the tests before it publishes', () => {
    expect(publishing).toBeDefined();
    expect(testing).toBeDefined();
    expect(waitsFor(publishing!)).toContain(testing);
  });

  it('lets only the publishing job write to Pages or ask for an identity token', () => {
    expect(deploy.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of jobs) {
      if (name === publishing) expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      else
        expect(
          Object.values(job.permissions ?? {}).filter((level) => level !== 'read'),
          name,
        ).toEqual([]);
    }
  });

  it('turns Astro telemetry off for every job', () => {
    expect(String(deploy.env?.['ASTRO_TELEMETRY_DISABLED'])).toBe('1');
  });

  it('builds with the Pages address and stops the build, rather than publish localhost addresses, when there is none', () => {
    const build = stepRunning(/\bnpm run build\b|\bastro build\b/);
    expect(build?.env?.['SITE']).toMatch(/\$\{\{ *steps\.pages\.outputs\.origin *\}\}/);
    // As the build would see it when the Pages settings give no address.
    const env = { ...Object.fromEntries(Object.entries(build?.env ?? {}).map(([name, value]) => [name, String(value)])), SITE: '' };
    const setup = announceSiteAddress(siteAddress(env), env).hooks['astro:config:setup'] as (options: unknown) => void;
    const logger: Partial<AstroIntegrationLogger> = { info: () => {}, warn: () => {} };
    expect(() => setup({ command: 'build', logger })).toThrow(/REQUIRE_SITE is set/);
  });
});

describe('every workflow', () => {
  it.each(files)('%s pins each outside action to a commit, with the version it is in a comment', (file) => {
    const lines = readFileSync(join(folder, file), 'utf8').split('\n');
    const uses = lines.filter((line) => /^\s*(-\s+)?uses:/.test(line) && !/uses:\s+['"]?\.\//.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line.trim()).toMatch(/^(- )?uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });
});

describe('the source check workflow', () => {
  const check = read('check-sources.yml');

  it('runs on a schedule and by hand, never on a push or a pull request', () => {
    expect(Object.keys(check.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(check.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\S+( \S+){4}$/) }]);
  });

  it('runs the check of every source address, which fails the job when one is dead', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['check:sources']).toBe('node scripts/check-sources.mjs');
    const steps = Object.values(check.jobs).flatMap((job) => job.steps ?? []);
    expect(steps.map((step) => step.run)).toContain('npm run check:sources');
    expect(check.permissions).toEqual({ contents: 'read' });
  });
});
