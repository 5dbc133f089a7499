// A test fails on any stray console output: our code reports through return values, not logs.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
for (const method of methods) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`Unexpected console.${method}: ${args.map(String).join(' ')}`);
  });
}
