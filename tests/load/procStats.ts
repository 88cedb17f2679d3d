import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on every Linux we run on). */
const CLK_TCK = 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLK_TCK;
}

/** Resident set size of a process in bytes (VmRSS from /proc/<pid>/status). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb) * 1024;
}

/** CPU use of a process between `start()` and `stop()`, as a fraction of one core. */
export function cpuMeter(pid: number) {
  let t0 = 0;
  let c0 = 0;
  return {
    start() {
      t0 = performance.now();
      c0 = cpuMs(pid);
    },
    /** Fraction of one core (1.0 = one core busy the whole time). */
    stop(): number {
      return (cpuMs(pid) - c0) / (performance.now() - t0);
    },
  };
}

/** Busy and total CPU time of the whole machine so far, in ms (from /proc/stat). */
function machineCpuMs(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: ((total - idle) * 1000) / CLK_TCK, total: (total * 1000) / CLK_TCK };
}

/** CPU the whole machine used between `start()` and `stop()`, in cores (all processes). */
export function machineMeter() {
  let t0 = 0;
  let b0 = 0;
  return {
    start() {
      t0 = performance.now();
      b0 = machineCpuMs().busy;
    },
    stop(): number {
      return (machineCpuMs().busy - b0) / (performance.now() - t0);
    },
  };
}
