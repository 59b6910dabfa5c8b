import type { Io } from './io';

/** A progress bar drawn on stdout when it is a terminal; silent otherwise (pipes, CI logs). */
export function progressBar(
  io: Io,
  label: string,
): { update(done: number, total: number): void; finish(): void } {
  const tty = !!io.stdout.isTTY;
  let last = -1;
  return {
    update(done, total) {
      if (!tty) return;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      io.stdout.write(
        `\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total}`,
      );
    },
    finish() {
      if (tty && last >= 0) io.stdout.write('\n');
    },
  };
}
