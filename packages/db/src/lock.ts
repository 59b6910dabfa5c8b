import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/** Raised when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: { pid: number; host: string; startedAt: string },
  ) {
    super(
      `数据目录已被进程 ${holder.pid}(${holder.host}，启动于 ${holder.startedAt})占用，拒绝启动：` +
        `PGlite 不能由两个进程同时打开。请先停止该进程，或设置另一个 HUAHE_DATA_DIR,或用 DATABASE_URL 连接 PostgreSQL。` +
        ` / The data directory is in use by process ${holder.pid} on ${holder.host} (since ${holder.startedAt}); ` +
        `refusing to start because PGlite must not be opened by two processes. Stop it, choose another HUAHE_DATA_DIR, ` +
        `or use DATABASE_URL for PostgreSQL. Lock file: ${lockPath}`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock file beside a PGlite data directory (PGlite itself takes none, and two
 * writers corrupt it). A lock left by a dead process on this host is taken over.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  const me = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number };
          if (holder.pid === process.pid) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid: number; host: string; startedAt: string } | undefined;
      try {
        holder = JSON.parse(readFileSync(lockPath, 'utf8')) as typeof holder;
      } catch {
        holder = undefined; // A half-written lock from a crash: treat as stale.
      }
      if (holder && (holder.host !== me.host || isAlive(holder.pid)) && holder.pid !== process.pid) {
        throw new DataDirLockedError(lockPath, holder);
      }
      try {
        unlinkSync(lockPath);
      } catch {
        // Someone else removed it first; retry the exclusive create.
      }
    }
  }
  throw new Error(`could not take the lock ${lockPath}`);
}
