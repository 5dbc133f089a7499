// Builds the task pane, the ribbon function file and (when it exists) the browser-only page into dist/.
// Entries are included only when their source exists, so the build works while parts are still being written.
// A build for a host: `npm run build -- --env origin=https://server/path` (or ADDIN_ORIGIN=…) writes a manifest whose
// every URL is on that origin; without one, the manifest stays on https://localhost:3000 for `npm run dev-server`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { sources } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { devCerts } = require('./scripts/dev-certs');
const { DEV_ORIGIN, manifestFor, manifestVersion, normalizeOrigin, requestedOrigin } = require('./scripts/addin-origin');
const { headerRules, renderHeadersFile } = require('./scripts/deploy-headers');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PORT = 3000;

const ENTRIES = [
  { name: 'taskpane', source: './src/taskpane/index.tsx', html: 'taskpane.html', title: 'Tableaux CLS', officeJs: true },
  { name: 'commands', source: './src/commands/commands.ts', html: 'commands.html', title: 'Tableaux CLS — commandes', officeJs: true },
  { name: 'web', source: './src/web/index.tsx', html: 'index.html', title: 'Tableaux CLS — contrôle d’un classeur', officeJs: false },
];

/** The page shell: French, a root element, a message if scripts are off; Office.js first where Office hosts the page. */
const page = ({ title, officeJs }) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" type="image/png" href="assets/icon-32.png">
${officeJs ? `<script src="${OFFICE_JS}"></script>` : ''}
</head>
<body>
<div id="root"></div>
<noscript>Tableaux CLS a besoin de JavaScript. / Tableaux CLS needs JavaScript.</noscript>
</body>
</html>
`;

/** Emits `_headers` (Netlify / Cloudflare Pages syntax) with the headers of scripts/deploy-headers.js for the site's path. */
class HeadersFilePlugin {
  constructor(prefix) {
    this.text = renderHeadersFile(headerRules(prefix));
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('HeadersFilePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HeadersFilePlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('_headers', new sources.RawSource(this.text));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const root = __dirname;
  const entries = ENTRIES.filter((e) => fs.existsSync(path.join(root, e.source)));
  const certs = devCerts();
  const requested = requestedOrigin(env);
  // Refused here (http, localhost, a query…) so that no manifest for an unusable address is ever written.
  const origin = requested === undefined ? DEV_ORIGIN : normalizeOrigin(requested);
  const version = manifestVersion(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);

  return {
    mode: production ? 'production' : 'development',
    context: root,
    entry: Object.fromEntries(entries.map((e) => [e.name, e.source])),
    // No eval-based source maps: the served pages forbid eval (Content-Security-Policy 'self').
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    output: {
      path: path.join(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      clean: true,
    },
    // `import('./x.js')` is how TypeScript (node16) spells a dynamic import of x.ts: resolve it to the source.
    resolve: { extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules out of TypeScript so webpack can tree-shake Fluent UI (tsconfig's node16 would emit CommonJS).
            options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json'), compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
          },
        },
        // zod without `new Function`: the pages' CSP forbids eval (scripts/zod-jitless-loader.js).
        { test: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/, use: path.join(root, 'scripts', 'zod-jitless-loader.js') },
        { test: /\.(png|svg|jpe?g|gif)$/, type: 'asset/resource' },
        { test: /\.css$/, type: 'asset/resource' },
      ],
    },
    optimization: {
      minimize: production,
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // exceljs is loaded by the browser-only page; it must never weigh on the task pane.
          exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip|archiver|unzipper|saxes|fast-csv)[\\/]/, name: 'exceljs', chunks: 'all', priority: 30, enforce: true },
          // Only what the first screen needs: components of views loaded later stay in those views' chunks.
          ui: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster)[\\/]/, name: 'ui', chunks: 'initial', priority: 20 },
        },
      },
    },
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 1_500_000, maxAssetSize: 1_500_000 },
    plugins: [
      ...entries.map(
        (e) =>
          new HtmlWebpackPlugin({
            filename: e.html,
            chunks: [e.name],
            templateContent: page(e),
            scriptLoading: 'defer',
            minify: production ? { collapseWhitespace: true, removeComments: true } : false,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The privacy statement and its style sheet, at the site's root beside the page.
          { from: 'public', to: '.' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString('utf8'), { origin, version }) },
        ],
      }),
      new HeadersFilePlugin(new URL(origin).pathname),
    ],
    // Used by `webpack serve` when webpack-dev-server is installed; https only when dev certificates exist.
    devServer: {
      port: PORT,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.join(root, 'dist') },
      server: certs ? { type: 'https', options: certs } : { type: 'http' },
    },
  };
};
