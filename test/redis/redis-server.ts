import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's `redis-server` package; `.ci/run` installs it. */
const SERVER = 'redis-server';

/**
 * Whether the Redis tests can run. In CI a missing redis-server is a failure, not a skip: the
 * shared index must be checked on every run. Elsewhere the tests skip and say why.
 */
export function redisAvailable(): boolean {
  if (spawnSync(SERVER, ['--version'], { encoding: 'utf8' }).status === 0) return true;
  if (process.env['CI'] === 'true' || process.env['CI'] === '1') {
    throw new Error('claimdiff Redis tests: no redis-server on PATH and CI is set; install it (apt-get install -y redis-server)');
  }
  console.warn('[claimdiff] skipping Redis tests: no redis-server on PATH (apt-get install -y redis-server)');
  return false;
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server on `port` answers PING (10 s at most). */
async function ready(port: number): Promise<void> {
  for (let t = 0; t < 200; t++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') return;
    await pause(50);
  }
  throw new Error(`redis-server on port ${port} did not answer`);
}

export interface TestRedis {
  port: number;
  url: string;
  /** `redis-cli` on this server; returns its output. */
  cli(...args: string[]): string;
  /** Stops the server (SHUTDOWN: the AOF is written out) and starts it again on the same port and files. */
  restart(): Promise<void>;
  /** Stops the server for good and removes its files. */
  stop(): Promise<void>;
}

/**
 * A redis-server of its own on a free port, with its files in a temporary directory, the AOF on
 * and no RDB snapshots. `extra` arguments are added (e.g. `--cluster-enabled yes`).
 */
export async function startRedis(extra: readonly string[] = []): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', ...extra];
  let child: ChildProcess;
  const launch = async (): Promise<void> => {
    child = spawn(SERVER, args, { stdio: 'ignore' });
    await ready(port);
  };
  const halt = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  await launch();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    cli: (...a) => spawnSync('redis-cli', ['-p', String(port), ...a], { encoding: 'utf8' }).stdout.trim(),
    async restart() {
      await halt();
      await launch();
    },
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
