/**
 * Checks on the WeChat mini-program build (dist/weapp; `pnpm build:weapp` first) that need no
 * WeChat DevTools:
 *  - the main package stays under WeChat's 2 MB limit (subpackages are counted apart);
 *  - WeChat's own WXML and WXSS compilers (wcc/wcsc, Linux builds from the npm package
 *    miniprogram-compiler) accept every template and style sheet.
 */
import { WEAPP_DIST } from '../browser/support/paths';
import { MAIN_PACKAGE_LIMIT_BYTES, mainPackageBytes, readAppJson } from './weapp-package';

/** The two entry points of miniprogram-compiler we use (it ships no types). */
interface MiniprogramCompiler {
  wxmlToJs(root: string, options?: { maxBuffer?: number }): string;
  wxssToJs(root: string, options?: { maxBuffer?: number }): string;
}

test('the main package stays under 2 MB', () => {
  const bytes = mainPackageBytes();
  console.log(`weapp main package: ${(bytes / 1024).toFixed(1)} KB of ${MAIN_PACKAGE_LIMIT_BYTES / 1024} KB`);
  expect(bytes).toBeLessThan(MAIN_PACKAGE_LIMIT_BYTES);
});

test('WeChat’s WXML and WXSS compilers accept the build', () => {
  const { pages } = readAppJson();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships no types; require() lets it take the interface above
  const compiler = require('miniprogram-compiler') as MiniprogramCompiler;
  const options = { maxBuffer: 64 * 1024 * 1024 };

  // Each throws with the compiler's message (file:line: what is wrong) on any error.
  const templates = compiler.wxmlToJs(WEAPP_DIST, options);
  const styles = compiler.wxssToJs(WEAPP_DIST, options);

  for (const page of pages) expect(templates).toContain(`${page}.wxml`);
  expect(styles).toContain(`'app.wxss'`);
}, 60_000);
