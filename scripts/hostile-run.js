#!/usr/bin/env node
'use strict';
/**
 * Runs `cls-workbook validate` on the hostile corpus in child processes, one at a time or two, and measures each run:
 * wall time, peak memory (resident set, from /usr/bin/time when present, else the child's own resourceUsage, which a
 * crash loses), exit code and signal. Used by test/hostile/corpus.test.ts and, on its own, to compare two builds:
 *
 *   node scripts/hostile-run.js --main build/cli/main.js [--corpus dir] [--only id,id] [--timeout 120] [--json out.json]
 *
 * prints one line per case: id, expected and actual exit, seconds, peak MB.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CHILD = path.join(__dirname, 'hostile-child.js');
const TIME = '/usr/bin/time';
const AS_OF = '2026-11-23';

/** One CLI run: { code, signal, stdout, stderr (Buffers), wallMs, maxRssKb, cpuMs, timedOut }. */
function runCli({ main, args, cwd, timeoutMs = 30_000 }) {
  const metrics = path.join(os.tmpdir(), `cls-hostile-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const timeFile = `${metrics}.time`;
  const useTime = fs.existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const commandArgs = useTime ? ['-f', '%M', '-o', timeFile, process.execPath, CHILD, main, metrics, ...args] : [CHILD, main, metrics, ...args];
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    // Its own process group: a run over time is killed with /usr/bin/time and the node process under it.
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const own = readJson(metrics);
      const timeKb = useTime ? Number((readText(timeFile).trim().split('\n').pop() || '').trim()) : NaN;
      for (const f of [metrics, timeFile]) fs.rmSync(f, { force: true });
      const stderr = Buffer.concat(err);
      resolve({
        code: signal ? null : code,
        signal,
        stdout: Buffer.concat(out),
        stderr,
        wallMs,
        maxRssKb: Number.isFinite(timeKb) && timeKb > 0 ? timeKb : own?.maxRssKb ?? null,
        cpuMs: own?.cpuMs ?? null,
        timedOut,
      });
    });
  });
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Runs `tasks` (functions returning promises) `width` at a time; resolves to their results in order. */
async function pool(tasks, width) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

/** The arguments of the measured run: the text report in French, as a referent would run it. */
const validateArgs = (file) => ['validate', file, '--as-of', AS_OF];

async function measureCorpus({ main, corpus, only, timeoutMs, width = 1 }) {
  const { writeCorpus } = require('./hostile-corpus');
  const written = await writeCorpus(corpus, only);
  const tasks = written.map(({ case: c, file }) => async () => {
    const run = await runCli({ main, args: validateArgs(file), cwd: corpus, timeoutMs });
    const line = {
      id: c.id,
      group: c.group,
      expect: c.expect,
      code: run.code,
      signal: run.signal,
      timedOut: run.timedOut,
      seconds: Math.round(run.wallMs / 100) / 10,
      peakMb: run.maxRssKb === null ? null : Math.round(run.maxRssKb / 1024),
      stderr: run.stderr.toString('utf8').split('\n')[0].slice(0, 160),
    };
    process.stdout.write(`${c.id.padEnd(36)} expect ${c.expect} got ${String(run.code ?? run.signal).padEnd(7)} ${String(line.seconds).padStart(6)} s ${String(line.peakMb).padStart(6)} MB${run.timedOut ? ' TIMEOUT' : ''}\n`);
    return line;
  });
  return pool(tasks, width);
}

module.exports = { runCli, pool, validateArgs, AS_OF };

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const main = path.resolve(option('main', path.join(__dirname, '..', 'build', 'cli', 'main.js')));
  const corpus = path.resolve(option('corpus', fs.mkdtempSync(path.join(os.tmpdir(), 'cls-hostile-'))));
  const ids = option('only', '');
  const only = ids ? (c) => ids.split(',').includes(c.id) : undefined;
  const timeoutMs = Number(option('timeout', '120')) * 1000;
  measureCorpus({ main, corpus, only, timeoutMs }).then((lines) => {
    const out = option('json', '');
    if (out) fs.writeFileSync(out, JSON.stringify(lines, null, 2));
  });
}
