/** Pinning the day a test runs at: Date alone is faked (timers stay real), then given back as the suite runs it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const clock = require('./clock.js') as {
  NOT_DATE: readonly string[];
  clockOption: () => object | undefined;
};

/** Every API jest can fake, but Date. */
export const NOT_DATE = clock.NOT_DATE as NonNullable<Extract<Parameters<typeof jest.useFakeTimers>[0], { doNotFake?: unknown }>['doNotFake']>;

/**
 * From now on in this test file, `new Date()` is `now` (and moves on with real time): a Date, or a day `YYYY-MM-DD`
 * at noon local time, so that the day is the same in every time zone.
 * @throws Error when `now` is a string that is not a day.
 */
export function pinClock(now: Date | string): void {
  jest.useFakeTimers({ now: typeof now === 'string' ? noonOf(now) : now, doNotFake: NOT_DATE, advanceTimers: true });
}

function noonOf(day: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const noon = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
  if (noon === undefined || noon.getDate() !== Number(m?.[3])) throw new Error(`pinClock: « ${day} » is not a day YYYY-MM-DD`);
  return noon;
}

/** Gives back the clock the suite runs at: the real one, or TEST_NOW's (test/setup/clock.js). */
export function unpinClock(): void {
  if (clock.clockOption() === undefined) jest.useRealTimers();
  else jest.useFakeTimers();
}
