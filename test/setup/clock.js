// The unit suite at another date: `TEST_NOW=2030-01-01 npx jest` fakes Date (only Date: timers stay real, and the
// clock moves on from 09:00 local time on that day) in every test file, so that a test depending on the real day
// shows up (`npm run test:clock` runs the suite at each date of scripts/test-clock.js). A test that pins its own
// clock (jest.useFakeTimers({ now })) keeps it.
'use strict';

/** Every API jest can fake, but Date. */
const NOT_DATE = ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'];

/**
 * The jest `fakeTimers` option for `TEST_NOW` (YYYY-MM-DD), or undefined when it is not set.
 * @throws Error when TEST_NOW is not a day.
 */
function clockOption(testNow = process.env.TEST_NOW) {
  if (testNow === undefined || testNow === '') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(testNow);
  const now = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 9) : undefined;
  if (now === undefined || now.getDate() !== Number(m[3])) throw new Error(`TEST_NOW=${testNow}: attendu AAAA-MM-JJ / expected YYYY-MM-DD`);
  return { enableGlobally: true, now: now.getTime(), advanceTimers: true, doNotFake: NOT_DATE };
}

module.exports = { clockOption, NOT_DATE };
