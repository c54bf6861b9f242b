import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { ICON_SIZES, writeIcons } from './scripts/lib/icons';

const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

// The manifest is a function of the target so Firefox-only keys never reach Chrome.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the first stage asks the background to inject the page script into frames worth reading.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    icons,
    // WXT fills in the popup and its title (popup/index.html); MV2 calls the action browser_action.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: icons },
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleSite__',
      },
      'show-card': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandShowCard__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'missionlens@missionlens.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip for addons.mozilla.org holds what a reviewer needs to rebuild (store/amo-reviewers.md);
    // generated code is rebuilt from data/, and the tests are not part of the build.
    excludeSources: ['src/generated/**', 'tests/**', 'test-results/**', 'screenshots/**'],
  },
  hooks: {
    // The PNGs are generated from the SVG source on every build, never committed.
    'build:publicAssets': (wxt, files) => {
      const dir = join(wxt.config.wxtDir, 'icons');
      for (const relativeDest of writeIcons(wxt.config.root, dir)) files.push({ absoluteSrc: join(dir, relativeDest), relativeDest });
    },
  },
  vite: () => ({
    // JSON.parse of one string starts faster than evaluating the same data as an object literal.
    json: { stringify: true },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
