import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { ClaimdiffError } from '../schema/error';

/** Reconnections tried after a connection drops, and per command, before a run fails. */
export const RETRIES = 5;

/** Longest wait between two reconnections (milliseconds); waits double from 100 ms up to it. */
const MAX_WAIT = 2000;

/** The wait before reconnection `times` (from 1), or null to give up. */
export function backoff(times: number): number | null {
  return times > RETRIES ? null : Math.min(MAX_WAIT, 100 * 2 ** (times - 1));
}

/** A Redis URL as messages show it: the password, if any, left out. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** A client, connected, to one server or to a cluster. */
export type Client = Redis | Cluster;

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] as string;
}

/**
 * Connects to Redis, or to a Redis Cluster through one of its nodes. A first connection that
 * fails is not retried: a wrong URL should say so at once. Once connected, a dropped connection
 * is tried again `RETRIES` times with a doubling wait (see `backoff`), and commands sent
 * meanwhile wait for it; past that they fail (see `guard`).
 *
 * @throws ClaimdiffError `unreachable`: "cannot reach Redis at <url>: …"
 */
export async function connect(url: string, cluster: boolean): Promise<Client> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ClaimdiffError('invalid-argument', `cannot reach Redis at ${shownUrl(url)}: found no URL, expected redis://host:port`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new ClaimdiffError('invalid-argument', `cannot reach Redis at ${shownUrl(url)}: found protocol ${parsed.protocol}, expected redis: or rediss:`);
  }
  let lastError: unknown;
  const options: RedisOptions = { lazyConnect: true, connectTimeout: 5000, maxRetriesPerRequest: RETRIES, retryStrategy: () => null, enableAutoPipelining: true };
  const client: Client = cluster
    ? new Cluster([{ host: parsed.hostname, port: Number(parsed.port || 6379) }], {
      lazyConnect: true,
      enableAutoPipelining: true,
      maxRedirections: 16,
      clusterRetryStrategy: () => null,
      redisOptions: { ...options, ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}), ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}) },
    })
    : new Redis(url, options);
  // Errors are reported by the commands that meet them; without a listener ioredis prints them.
  client.on('error', (error: unknown) => {
    lastError = error;
  });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new ClaimdiffError('unreachable', `cannot reach Redis at ${shownUrl(url)}: ${firstLine(lastError ?? error)}`);
  }
  // Connected: from now on a dropped connection is retried, a bounded number of times.
  if (client instanceof Cluster) client.options.clusterRetryStrategy = backoff;
  else client.options.retryStrategy = backoff;
  return client;
}

/**
 * A command's promise, its failure said as claimdiff says errors: a key of the wrong type names
 * the key (the index is never rebuilt over it); a connection lost past the retries says so.
 */
export async function guard<T>(url: string, key: string, command: Promise<T>): Promise<T> {
  try {
    return await command;
  } catch (error) {
    const message = firstLine(error);
    if (/WRONGTYPE/.test(message)) {
      throw new ClaimdiffError('invalid-input', `Redis at ${shownUrl(url)}: key "${key}" holds another type than claimdiff writes there; not rebuilt: drop the index or use another name`);
    }
    if (error instanceof Error && error.name === 'ReplyError') throw new ClaimdiffError('invalid-input', `Redis at ${shownUrl(url)} refused a command on key "${key}": ${message}`);
    throw new ClaimdiffError('unreachable', `cannot reach Redis at ${shownUrl(url)}: ${message} (after ${RETRIES} retries)`);
  }
}
