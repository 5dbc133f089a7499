// Builds the task pane, the ribbon function file and (when it exists) the browser-only page into dist/.
// Entries are included only when their source exists, so the build works while parts are still being written.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { devCerts } = require('./scripts/dev-certs');

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

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== 'development';
  const root = __dirname;
  const entries = ENTRIES.filter((e) => fs.existsSync(path.join(root, e.source)));
  const certs = devCerts();

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
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
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
