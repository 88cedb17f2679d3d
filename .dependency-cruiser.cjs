/**
 * The import graph's rules, checked by `pnpm depcheck` (in scripts/test.sh): no circular import
 * inside a package, and the layering shared <- worksheets <- server / client, which never import
 * each other. tests/ may import anything and is not cruised. Type-only imports count: a circle
 * through a type still ties the two modules' designs together.
 */

/** A package's own files, by path from the repository root. */
const pkg = (name) => `^${name}/`;
/** That package, reached by its files or by its workspace name (resolved or not). */
const anyOf = (...names) => `^(${names.join("|")})/|^@wijkbord/(${names.join("|")})($|/)`;

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A circle of imports: move what both sides need into a module of its own.",
      from: { path: "^(shared|worksheets|server|client)/" },
      to: { circular: true },
    },
    {
      name: "shared-imports-no-package",
      severity: "error",
      comment: "shared is the base layer: it imports none of worksheets, server and client.",
      from: { path: pkg("shared") },
      to: { path: anyOf("worksheets", "server", "client") },
    },
    {
      name: "worksheets-imports-no-app",
      severity: "error",
      comment: "worksheets sits below the apps: it imports neither server nor client.",
      from: { path: pkg("worksheets") },
      to: { path: anyOf("server", "client") },
    },
    {
      name: "server-imports-no-client",
      severity: "error",
      comment: "server and client only share what is in shared and worksheets.",
      from: { path: pkg("server") },
      to: { path: anyOf("client") },
    },
    {
      name: "client-imports-no-server",
      severity: "error",
      comment: "server and client only share what is in shared and worksheets.",
      from: { path: pkg("client") },
      to: { path: anyOf("server") },
    },
    {
      name: "workspace-imports-resolve",
      severity: "error",
      comment:
        "Every workspace import must resolve, or the rules above cannot see where it leads " +
        "(a package used without being in its package.json, a wrong path).",
      from: { path: "^(shared|worksheets|server|client)/" },
      to: { couldNotResolve: true, path: "^(\\.|@wijkbord/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
