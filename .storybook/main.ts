// Storybook 10 (web-components + Vite 8). Our elements use legacy decorators
// (`experimentalDecorators` in tsconfig.json), which Vite's Oxc transform lowers as it is, so
// no extra plugin is needed (toolchain.md: standard `accessor` decorators would need one).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: [],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // The preview bundle carries Lit and (later) PixiJS: well over Vite's 500 kB warning, by design.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 4000 };
    return viteConfig;
  },
  // Stories keep their configs and tasks inline. Media for image/audio stories: import a local
  // file (`import url from './assets/cat.png?url'`) and Vite serves and fingerprints it.
};

export default config;
