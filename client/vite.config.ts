import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = process.env.WIJKBORD_SERVER ?? "http://localhost:8080";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": server,
      "/ws": { target: server, ws: true },
      "/tldraw-assets": server,
      "/healthz": server,
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
