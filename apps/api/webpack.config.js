const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  // Report queries live in .sql files (reports/queries/); the bundle carries each as its text.
  module: { rules: [{ test: /\.sql$/, type: 'asset/source' }] },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: [
        './src/assets',
        // The certificate PDF's font faces (certificates/certificate-pdf.ts).
        {
          input: 'node_modules/@fontsource/noto-sans/files',
          glob: 'noto-sans-latin-{400,700}-normal.woff',
          output: 'assets/fonts',
        },
        // The argon2id worker thread's file, loaded by path next to main.js (accounts/password-hasher.ts).
        { input: 'apps/api/src/accounts', glob: 'password-hasher.worker.js', output: '.' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};
