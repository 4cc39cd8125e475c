import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints, after every run, how long each test file took, slowest first, with its project and share of the total: the
 * list to read before making the suite faster. Times are printed, never judged: they depend on the machine's load.
 */
export default class FileTimes implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const times = testModules
      .map((module) => {
        const { duration, collectDuration, setupDuration, environmentSetupDuration, prepareDuration } = module.diagnostic();
        return {
          file: module.relativeModuleId,
          project: module.project.name,
          seconds: (duration + collectDuration + setupDuration + environmentSetupDuration + prepareDuration) / 1000,
        };
      })
      .sort((a, b) => b.seconds - a.seconds);
    if (times.length === 0) return;
    const total = times.reduce((sum, time) => sum + time.seconds, 0);
    const width = Math.max(...times.map((time) => time.file.length));
    const lines = times.map(
      ({ file, project, seconds }) =>
        `  ${file.padEnd(width)}  ${project.padEnd(9)} ${seconds.toFixed(1).padStart(7)} s  ${((100 * seconds) / total).toFixed(1).padStart(5)} %`,
    );
    console.log(`\nTime per test file, slowest first (${total.toFixed(0)} s in all, files in parallel overlap):\n${lines.join('\n')}\n`);
  }
}
