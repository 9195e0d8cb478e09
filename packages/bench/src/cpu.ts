// CPU time of processes from Linux /proc, to tell the server's, PostgreSQL's and the bench client's cost from the
// machine's load (other sessions share its two cores).
import { readdirSync, readFileSync } from 'node:fs';

/** Every process's parent, command name and CPU ticks (Linux /proc; exited children count in their parent's). */
function processTable(): Map<number, { ppid: number; comm: string; ticks: number }> {
  const table = new Map<number, { ppid: number; comm: string; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      table.set(Number(entry), {
        ppid: Number(f[1]),
        comm,
        ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
      });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/**
 * CPU seconds used by a process and its descendants — only those named `comm`, when given — to tell the server's
 * cost (with the HTTP processes it forks for WEB_CONCURRENCY), the embedded PostgreSQL's and the client's from the
 * machine's load. NaN when /proc is missing.
 */
export function cpuSeconds(root: number, comm?: string): number {
  const table = processTable();
  if (table.size === 0) return NaN;
  let ticks = 0;
  const queue = [root];
  for (const seen = new Set<number>(); queue.length;) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const p = table.get(pid);
    if (p && (!comm || p.comm === comm)) ticks += p.ticks;
    for (const [child, c] of table) if (c.ppid === pid) queue.push(child);
  }
  return ticks / 100;
}
