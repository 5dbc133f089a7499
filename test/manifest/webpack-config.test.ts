// The webpack configuration as data: entries that exist, French pages, Office.js only where Office hosts the page.
import * as fs from 'node:fs';
import * as path from 'node:path';

interface HtmlPluginLike {
  readonly userOptions: { readonly filename: string; readonly chunks: readonly string[]; readonly templateContent: string };
}
interface ConfigLike {
  readonly entry: Record<string, string>;
  readonly output: { readonly filename: string };
  readonly devtool: string;
  readonly plugins: readonly object[];
  readonly optimization: { readonly splitChunks: { readonly cacheGroups: Record<string, { readonly test: RegExp }> } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS run by webpack-cli
const makeConfig = require(path.join(__dirname, '..', '..', 'webpack.config.js')) as (env: unknown, argv: { mode: string }) => ConfigLike;

const pages = (config: ConfigLike): HtmlPluginLike[] =>
  config.plugins.filter((p): p is HtmlPluginLike => 'userOptions' in p && typeof (p as HtmlPluginLike).userOptions.templateContent === 'string');

describe('webpack.config.js', () => {
  const production = makeConfig({}, { mode: 'production' });

  it('builds only the entries whose source exists, each with its page', () => {
    expect(production.entry.commands).toBe('./src/commands/commands.ts');
    for (const [name, source] of Object.entries(production.entry)) {
      expect(fs.existsSync(path.join(__dirname, '..', '..', source))).toBe(true);
      expect(pages(production).some((p) => p.userOptions.chunks.includes(name))).toBe(true);
    }
  });

  it('writes French pages that load Office.js from the CDN, except the browser-only page', () => {
    for (const page of pages(production)) {
      const html = page.userOptions.templateContent;
      expect(html).toContain('<html lang="fr">');
      const loadsOffice = html.includes('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
      expect([page.userOptions.filename, loadsOffice]).toEqual([page.userOptions.filename, page.userOptions.filename !== 'index.html']);
    }
  });

  it('hashes production bundles, avoids eval source maps, keeps exceljs in its own chunk', () => {
    expect(production.output.filename).toContain('[contenthash');
    expect(makeConfig({}, { mode: 'development' }).devtool).not.toMatch(/eval/);
    expect(production.optimization.splitChunks.cacheGroups.exceljs!.test.test('/x/node_modules/exceljs/dist/es5/index.js')).toBe(true);
  });
});
