import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/**
 * Linux /proc: which process really listens on a port. A wrapper (tsx's CLI, npm, a shell that
 * did not `exec`) would show up as a listener that is not the pid the test started.
 */

/** Inodes of the sockets listening on `port` (IPv4 and IPv6). */
export function listeningSocketInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1];
      // st 0A = LISTEN; the local address ends in the port in hex.
      if (!local || cols[3] !== "0A") continue;
      if (Number.parseInt(local.split(":").at(-1) ?? "", 16) === port && cols[9]) inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** Socket inodes among a process's open files. */
export function socketInodesOf(pid: number): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target: string;
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue; // closed meanwhile
    }
    const m = /^socket:\[(\d+)\]$/.exec(target);
    if (m?.[1]) inodes.add(m[1]);
  }
  return inodes;
}

/** Processes whose parent is `pid`. */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid === pid) children.push(Number(entry));
  }
  return children;
}

/** A process's command line, arguments joined by spaces. */
export function commandLineOf(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
}
