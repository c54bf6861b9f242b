import { defineConfig } from 'wxt';

// The manifest is a function of the target so Firefox-only keys never reach Chrome.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    action: { default_title: '__MSG_actionTitle__' },
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
  vite: () => ({
    // JSON.parse of one string starts faster than evaluating the same data as an object literal.
    json: { stringify: true },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
