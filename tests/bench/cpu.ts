import fsp from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds a process has used so far (Linux /proc). */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await fsp.readFile(`/proc/${String(pid)}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** CPU seconds of every process whose command is `name` (e.g. all PostgreSQL backends). */
export async function cpuSecondsOfCommand(name: string): Promise<number> {
  let total = 0;
  for (const entry of await fsp.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = await fsp.readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === name) total += await cpuSeconds(Number(entry)).catch(() => 0);
  }
  return total;
}
