// Progress for export and import: a bar on a terminal, a line every ~10 % otherwise (CI logs).

import { SingleBar } from 'cli-progress';
import type { Progress } from '../store/backup/format';

export function progressReporter(verb: string): { update(progress: Progress): void; stop(): void } {
  if (process.stderr.isTTY) {
    let bar: SingleBar | undefined;
    let phase: string | undefined;
    return {
      update(progress) {
        if (progress.phase !== phase) {
          bar?.stop();
          phase = progress.phase;
          bar = new SingleBar({
            format: `${verb} ${progress.phase.padEnd(13)} [{bar}] {value}/{total} ({percentage} %)`,
            stream: process.stderr,
          });
          bar.start(Math.max(progress.total, 1), 0);
        }
        bar?.update(progress.done);
      },
      stop: () => bar?.stop(),
    };
  }
  const reported = new Map<string, number>();
  return {
    update({ phase, done, total }) {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if ((reported.get(phase) ?? -1) >= tenth) return;
      reported.set(phase, tenth);
      console.error(`${verb} ${phase}: ${done}/${total}`);
    },
    stop() {},
  };
}
