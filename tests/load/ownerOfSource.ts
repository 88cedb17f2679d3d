/**
 * Who a source file (as named in a Vite source map) belongs to: the npm package it sits in, with
 * tldraw's own packages kept apart, or Wijkbord's packages by folder.
 */
export function ownerOfSource(source: string): string {
  const inModules = source.lastIndexOf("node_modules/");
  if (inModules >= 0) {
    const [scope, name] = source.slice(inModules + "node_modules/".length).split("/");
    return scope?.startsWith("@") ? `${scope}/${name}` : (scope ?? source);
  }
  // The client's own files are named relative to client/dist/assets.
  if (source.startsWith("../../src/")) source = `client/src/${source.slice("../../src/".length)}`;
  for (const own of ["client/src", "shared/src", "worksheets/src"]) {
    const at = source.indexOf(own);
    if (at >= 0) {
      // Ours by feature folder: client/src/board, client/src/voting…
      const folder = source.slice(at + own.length + 1).split("/")[0];
      return folder?.includes(".") ? own : `${own}/${folder}`;
    }
  }
  return source;
}
