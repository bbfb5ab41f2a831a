import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web UI. Built into web/dist, which the server serves at `/` (SPA fallback to index.html).
 * `npm run dev:web` proxies /api to a server started with `npm start` on port 3000.
 */
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd + ECharts are large; pages are split with React.lazy, the shared vendor chunk stays below this.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
