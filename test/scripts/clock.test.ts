/** TEST_NOW: the unit suite run at another date fakes Date alone, from 09:00 local time that day, and lets it run on. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { clockOption, NOT_DATE } = require('../setup/clock.js') as {
  clockOption: (testNow?: string) => { enableGlobally: boolean; now: number; advanceTimers: boolean; doNotFake: string[] } | undefined;
  NOT_DATE: string[];
};

describe('clockOption', () => {
  it('leaves the clock alone without TEST_NOW', () => {
    expect(clockOption('')).toBeUndefined();
  });

  it('fakes Date only, from 09:00 local time on the day, moving on with real time', () => {
    const option = clockOption('2030-01-01');
    expect(option).toEqual({ enableGlobally: true, now: new Date(2030, 0, 1, 9).getTime(), advanceTimers: true, doNotFake: NOT_DATE });
    expect(NOT_DATE).not.toContain('Date');
    expect(NOT_DATE).toEqual(expect.arrayContaining(['setTimeout', 'setInterval', 'setImmediate', 'nextTick', 'queueMicrotask', 'performance', 'hrtime']));
  });

  it.each(['2030-02-30', '01/01/2030', 'demain'])('refuses TEST_NOW=%s', (value) => {
    expect(() => clockOption(value)).toThrow(`TEST_NOW=${value}: attendu AAAA-MM-JJ / expected YYYY-MM-DD`);
  });
});

const pinned = process.env.TEST_NOW;
const today = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

it(pinned ? `reads ${pinned} from Date (TEST_NOW), and time passes` : 'reads the real time from Date without TEST_NOW', async () => {
  const first = new Date();
  // performance is never faked: the real time, to compare Date with.
  const real = performance.timeOrigin + performance.now();
  if (pinned) expect(today(first)).toBe(pinned);
  else expect(Math.abs(first.getTime() - real)).toBeLessThan(5000);
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(Date.now()).toBeGreaterThan(first.getTime());
});
