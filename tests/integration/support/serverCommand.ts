import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export interface RunningCommand {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null after a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a command that runs a Wijkbord server, capturing its output. */
export function runCommand(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; uid?: number; gid?: number },
): RunningCommand {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const exited = once(child, "exit").then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  return { child, output: () => output, exited };
}

/** Resolves with the URL of the server's "listening" log line; rejects when the process exits first. */
export function listeningUrl(run: RunningCommand, timeout = 60_000): Promise<string> {
  const { child } = run;
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = /Wijkbord listening on ([^\s"]+)/.exec(run.output());
      if (!m?.[1]) return;
      done();
      resolve(m[1]);
    };
    const onExit = () => {
      done();
      reject(new Error(`server exited before listening:\n${run.output()}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`server not listening after ${timeout} ms:\n${run.output()}`));
    }, timeout);
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off("data", check);
      child.stderr?.off("data", check);
      child.off("exit", onExit);
    };
    // After runCommand's own listeners, so the output already holds the chunk.
    child.stdout?.on("data", check);
    child.stderr?.on("data", check);
    child.once("exit", onExit);
    if (child.exitCode !== null || child.signalCode !== null) onExit();
    else check();
  });
}

/** Whether any socket holds the port now: false once the server's process is gone. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(true));
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
}
