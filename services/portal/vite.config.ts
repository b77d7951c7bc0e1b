import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the portal is served here with hot reload and talks to a running gateway
// (`pnpm platform`) through this proxy, so the browser sees one origin as in production, where
// the gateway serves the built files itself.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:18088';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': gateway, '/auth': gateway, '/docs': gateway },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 600 },
});
