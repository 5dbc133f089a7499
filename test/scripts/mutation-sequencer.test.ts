/** test/setup/mutation-sequencer.js: the file that failed last first, then the quickest, then the smallest unknown. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MutationSequencer = require('../setup/mutation-sequencer.js') as new (options: object) => {
  sort(tests: FakeTest[]): FakeTest[];
  hasFailed(test: FakeTest): boolean;
  time(test: FakeTest): number | undefined;
};

interface FakeTest {
  readonly path: string;
  readonly context: { readonly hasteFS: { getSize(path: string): number | null } };
}

/** Files as [path, failed last time, time in ms or undefined, size in bytes]. */
function order(files: [string, boolean, number | undefined, number][]): string[] {
  const byPath = new Map(files.map(([path, failed, time, size]) => [path, { failed, time, size }]));
  const hasteFS = { getSize: (path: string) => byPath.get(path)?.size ?? null };
  const sequencer = new MutationSequencer({});
  sequencer.hasFailed = (test) => byPath.get(test.path)!.failed;
  sequencer.time = (test) => byPath.get(test.path)!.time;
  return sequencer.sort(files.map(([path]) => ({ path, context: { hasteFS } }))).map((t) => t.path);
}

describe('the mutation test sequencer', () => {
  it('runs the file that failed last first, then the quickest, then those without a time, smallest first', () => {
    expect(
      order([
        ['slow', false, 12_000, 10],
        ['unknown-big', false, undefined, 9000],
        ['quick', false, 40, 5000],
        ['killer', true, 3000, 100],
        ['unknown-small', false, undefined, 10],
        ['medium', false, 800, 1],
      ]),
    ).toEqual(['killer', 'quick', 'medium', 'slow', 'unknown-small', 'unknown-big']);
  });

  it('among files that failed, the quickest first', () => {
    expect(order([['a', true, 500, 1], ['b', true, 20, 1], ['c', false, 1, 1]])).toEqual(['b', 'a', 'c']);
  });
});
