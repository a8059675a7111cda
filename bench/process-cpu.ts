// CPU time a process has used so far (user + system, all its threads), read from /proc: the
// ingest benchmark splits each phase's CPU between Neo4j and the ingesting processes, which
// is where a two-core machine's throughput stops.

import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/** CPU seconds of process `pid`, or of one of its threads: `cpuSeconds(pid, 'task/<tid>')`. */
export function cpuSeconds(pid: number, thread = ''): number {
  const path = `/proc/${pid}/${thread ? `${thread}/` : ''}stat`;
  const stat = readFileSync(path, 'utf8');
  // The command name (field 2) may hold spaces: count fields from after its closing bracket.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [fields[11], fields[12]].map(Number);
  if (utime === undefined || stime === undefined || Number.isNaN(utime + stime)) {
    throw new Error(`cpuSeconds expected ${path} to hold utime and stime, got ${JSON.stringify(stat)}`);
  }
  return (utime + stime) / TICKS_PER_SECOND;
}

export interface PhaseCpu {
  /** CPU seconds of the database, the part of them its JIT compilers spent, and the ingesters' */
  neo4jCpu: number;
  jitCpu: number;
  ingestCpu: number;
}

// A JVM names its JIT compiler threads "C1 CompilerThre" and "C2 CompilerThre".
const JIT_THREADS = /Compiler/;

/** The CPU a phase uses from now until the returned function is called. */
export function phaseCpuMeter(neo4jPid: number, ingestPids: readonly number[]): () => PhaseCpu {
  const read = (): PhaseCpu => ({
    neo4jCpu: cpuSeconds(neo4jPid),
    jitCpu: threadCpuSeconds(neo4jPid, JIT_THREADS),
    ingestCpu: ingestPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
  });
  const start = read();
  return () => {
    const now = read();
    return {
      neo4jCpu: now.neo4jCpu - start.neo4jCpu,
      jitCpu: now.jitCpu - start.jitCpu,
      ingestCpu: now.ingestCpu - start.ingestCpu,
    };
  };
}

/**
 * CPU seconds of the threads of `pid` whose name matches `name` (Linux keeps 15 characters of
 * it). A thread that has exited is not counted, so this is a lower bound.
 */
function threadCpuSeconds(pid: number, name: RegExp): number {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      if (name.test(readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim())) {
        total += cpuSeconds(pid, `task/${tid}`);
      }
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return total;
}
