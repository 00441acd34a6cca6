/** The machine a run was measured on, as the README table states it. */
import { readFileSync } from "node:fs";
import os from "node:os";

export function describeMachine() {
  return {
    nproc: os.availableParallelism(),
    cpu_model: cpuModel(),
    memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    // Other work on the machine skews every figure; a run records how busy it was.
    load_average_1m: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

function cpuModel() {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1].trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return os.cpus()[0]?.model ?? "unknown";
}
