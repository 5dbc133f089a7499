/** Pinning the day a test runs at: Date alone is faked (timers stay real), then given back as the suite runs it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const clock = require('./clock.js') as {
  NOT_DATE: readonly string[];
  clockOption: () => object | undefined;
};

/** Every API jest can fake, but Date. */
export const NOT_DATE = clock.NOT_DATE as NonNullable<Extract<Parameters<typeof jest.useFakeTimers>[0], { doNotFake?: unknown }>['doNotFake']>;

/** From now on in this test file, `new Date()` is `now` (and moves on with real time). */
export function pinClock(now: Date): void {
  jest.useFakeTimers({ now, doNotFake: NOT_DATE, advanceTimers: true });
}

/** Gives back the clock the suite runs at: the real one, or TEST_NOW's (test/setup/clock.js). */
export function unpinClock(): void {
  if (clock.clockOption() === undefined) jest.useRealTimers();
  else jest.useFakeTimers();
}
