import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/index';

/** The bundled example reports: four outlets on one story, one claim denied by another party. */
export function loadExampleReports(dir = join(import.meta.dirname, 'reports')): Report[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Report);
}
