// Loads the cross-language vectors (testdata/vectors/*.json at the
// repository root), which Go, TypeScript and Python tests all read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'go.mod'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root (go.mod) not found above the test');
    dir = up;
  }
  return dir;
}

export interface VectorFile<T> {
  version: number;
  description: string;
  vectors: T[];
}

export function loadVectors<T>(name: string): VectorFile<T> {
  const f = JSON.parse(readFileSync(join(repoRoot(), 'testdata', 'vectors', `${name}.json`), 'utf8')) as VectorFile<T>;
  if (f.version !== 1) throw new Error(`${name}.json: version ${f.version}, this test reads 1`);
  if (f.vectors.length === 0) throw new Error(`${name}.json has no vectors`);
  return f;
}
