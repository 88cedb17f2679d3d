import { chmodSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const SERVER_DIR = fileURLToPath(new URL("..", import.meta.url));

/**
 * npm packages stay outside the bundle and are loaded from server/node_modules at run time:
 * better-sqlite3 is native, pdfkit reads its font metrics from its own folder, and the fonts and
 * tldraw's assets are found through the installed packages. Only Wijkbord's own code (this
 * package and the workspace packages, which ship TypeScript) is bundled.
 */
const npmPackagesExternal: Plugin = {
  name: "npm-packages-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@wijkbord/") ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Compiles the server and the `wijkbord` command to plain JavaScript for `node`. `outdir` must be
 * a folder directly inside server/ (default server/dist): paths computed from `import.meta.url`
 * (client/dist, tldraw's assets, the report fonts) are the same from there as from server/src.
 */
export async function buildServer(outdir = `${SERVER_DIR}dist`): Promise<void> {
  await build({
    absWorkingDir: SERVER_DIR,
    entryPoints: { main: "src/main.ts", wijkbord: "src/cli/wijkbord.ts" },
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20.19",
    sourcemap: "linked",
    plugins: [npmPackagesExternal],
    logLevel: "warning",
    // `wijkbord.js` runs as a command (e.g. linked to /usr/local/bin/wijkbord in the image).
    banner: { js: "#!/usr/bin/env node" },
  });
  chmodSync(join(outdir, "wijkbord.js"), 0o755);
}
