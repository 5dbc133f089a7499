'use strict';
/**
 * Runs `cls-workbook` from a given build exactly as bin/cls-workbook.js does, for the hostile corpus runner: argv is
 * <main.js> <metrics.json> <cli arguments…>. On exit it records the process's peak memory and CPU time in metrics.json.
 */
const fs = require('node:fs');

const [main, metrics, ...argv] = process.argv.slice(2);
process.on('exit', () => {
  const usage = process.resourceUsage();
  fs.writeFileSync(metrics, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
require(main).main(argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`cls-workbook: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 2; },
);
