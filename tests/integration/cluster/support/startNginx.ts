import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningCommand, runCommand } from "../../support/serverCommand.ts";
import { waitFor } from "../../support/waitFor.ts";

/** The file operators install: the test runs nginx with it, only its addresses replaced. */
const CLUSTER_CONF = fileURLToPath(new URL("../../../../deploy/nginx/cluster.conf", import.meta.url));

export interface Nginx {
  url: string;
  /** The master process (its worker is its child). */
  pid: number;
  wsUrl(sessionId: string): string;
  /**
   * Rewrites the upstream to `upstreamPorts` and reloads nginx (`nginx -s reload`), resolving once
   * the new worker runs. Sockets already open stay with the old worker until they close.
   */
  reload(upstreamPorts: readonly number[]): Promise<void>;
  stop(): Promise<void>;
}

export function nginxBinary(): string {
  const candidates = [process.env.WIJKBORD_TEST_NGINX, "/usr/sbin/nginx", "/usr/local/sbin/nginx"];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (!found) throw new Error("no nginx: run `npm test`, which installs Debian's nginx-light");
  return found;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/** deploy/nginx/cluster.conf with its upstream servers, listen address and log path replaced. */
export function clusterConf(upstreamPorts: readonly number[], listenPort: number, logPath: string): string {
  const conf = readFileSync(CLUSTER_CONF, "utf8");
  const servers = upstreamPorts.map((p) => `    server 127.0.0.1:${p};`).join("\n");
  const replaced = conf
    .replace(/(upstream wijkbord_cluster \{\n(?:.*\n)*?)((?: {4}server [^\n]+;\n)+)/, `$1${servers}\n`)
    .replace(/ {4}listen 8080;\n/, `    listen 127.0.0.1:${listenPort};\n`)
    .replace(/ {4}listen \[::\]:8080;\n/, "")
    .replace(/access_log \S+ /, `access_log ${logPath} `);
  if (!replaced.includes(`server 127.0.0.1:${upstreamPorts[0]};`) || !replaced.includes(`:${listenPort};`)) {
    throw new Error("deploy/nginx/cluster.conf changed shape: the test can no longer point it at its ports");
  }
  return replaced;
}

/**
 * Runs nginx with its prefix, pid, logs and temp paths in `dir` and `httpBlock` as the inside of its
 * http context (a deploy/nginx file, addresses replaced). Stop it with SIGTERM.
 */
export function runNginx(dir: string, httpBlock: string): RunningCommand {
  writeNginxConf(dir, httpBlock);
  return runCommand(nginxBinary(), ["-p", dir, "-c", join(dir, "nginx.conf")], { env: process.env });
}

function writeNginxConf(dir: string, httpBlock: string): void {
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"])
    mkdirSync(join(dir, sub), { recursive: true });
  const root = process.getuid?.() === 0;
  writeFileSync(
    join(dir, "nginx.conf"),
    `daemon off;
${root ? "user root root;" : ""}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log notice;
events { worker_connections 1024; }
http {
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${httpBlock}
}
`,
  );
}

/** How many worker processes nginx has started so far (its error log says so at `notice`). */
const workersStarted = (dir: string) =>
  (readFileSync(join(dir, "error.log"), "utf8").match(/start worker process/g) ?? []).length;

/** A throw-away nginx (its own prefix, pid and logs in a temp dir) routing to `upstreamPorts`. */
export async function startNginx(upstreamPorts: readonly number[]): Promise<Nginx> {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-nginx-"));
  const port = await freePort();
  const run = runNginx(dir, clusterConf(upstreamPorts, port, join(dir, "access.log")));
  try {
    await waitFor(
      async () => {
        if (run.child.exitCode !== null) throw new Error(`nginx exited:\n${run.output()}`);
        return accepts(port);
      },
      { what: "nginx listening", timeout: 20_000 },
    );
  } catch (err) {
    run.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: run.child.pid as number,
    wsUrl: (sessionId) => `ws://127.0.0.1:${port}/ws/${sessionId}`,
    reload: async (ports) => {
      const before = workersStarted(dir);
      writeNginxConf(dir, clusterConf(ports, port, join(dir, "access.log")));
      const signal = runCommand(nginxBinary(), ["-p", dir, "-c", join(dir, "nginx.conf"), "-s", "reload"], {
        env: process.env,
      });
      const { code } = await signal.exited;
      if (code !== 0) throw new Error(`nginx -s reload failed:\n${signal.output()}`);
      await waitFor(() => workersStarted(dir) > before, { what: "nginx's new worker", timeout: 20_000 });
    },
    stop: async () => {
      if (run.child.exitCode === null && run.child.signalCode === null) {
        // SIGQUIT would wait for open sockets; the test is done with them.
        run.child.kill("SIGTERM");
        await run.exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
