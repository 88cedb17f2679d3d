import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress.ts";

const server = process.env.WIJKBORD_SERVER ?? "http://localhost:8080";

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      "/api": server,
      "/ws": { target: server, ws: true },
      "/tldraw-assets": server,
      "/healthz": server,
    },
  },
  build: {
    // WIJKBORD_CLIENT_DIST lets two builds (e.g. parallel test runs) not overwrite each other.
    outDir: process.env.WIJKBORD_CLIENT_DIST ?? "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // The server reads it to preload a session link's chunks (server/src/http/sessionPreloads.ts).
    manifest: true,
  },
});
