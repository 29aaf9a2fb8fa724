import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * One config for both targets. Each target writes to its own folder (dist/weapp, dist/h5) so
 * the two builds never overwrite each other; project.config.json points WeChat DevTools at
 * dist/weapp and the server serves dist/h5.
 */
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2026-11-22',
    // NutUI React Taro is drawn on a 375-wide design; our own styles use the same scale so
    // that "16px" means the same thing in our SCSS and in the UI kit.
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    // NutUI renders HTML-style tags in places; plugin-html is its documented requirement.
    plugins: ['@tarojs/plugin-html'],
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    defineConstants: {
      // Where the mini-program finds the API. H5 ignores it and calls its own origin.
      API_BASE: JSON.stringify(process.env.LINLI_API_BASE || 'http://127.0.0.1:3000'),
    },
    // The shared cards' picture is named by path in useShareCard, not imported, so it is copied.
    copy: { patterns: [{ from: 'src/assets/share-card.png', to: `dist/${process.env.TARO_ENV}/assets/share-card.png` }], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Our styles are class-scoped and theme NutUI through CSS variables, never by overriding
      // its selectors, so the order shared CSS lands in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // Run NutUI's CSS through our postcss (px → rem) like our own styles.
      esnextModules: ['nutui-react'],
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // On H5 every page is a lazy chunk; Taro only splits initial chunks, so each page would
        // carry its own copy of NutUI and our components. Let lazy chunks share them too.
        const splitChunks = chain.optimization.get('splitChunks') as object;
        chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' });
      },
    },
  };

  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
