import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Profile, ProfileKind } from '../lib/shared/profile';
import { nonProfilePages, profilePages } from './golden';

const ROOT = resolve(import.meta.dirname, '..');
const Line = Profile.extend({ file: z.string(), isProfile: z.boolean(), kind: ProfileKind }).strict();

function runCli(args: string[]): { stdout: string; status: number } {
  try {
    return { stdout: execFileSync(process.execPath, ['--import', 'tsx', 'lib/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), status: 0 };
  } catch (err) {
    const e = err as { stdout: string; status: number };
    return { stdout: e.stdout, status: e.status };
  }
}

describe('npm run extract', () => {
  it('prints one schema-exact JSON line per file, in order', { timeout: 30_000 }, () => {
    const files = [...profilePages().map((f) => join('seeds/profiles', f)), ...nonProfilePages().map((f) => join('seeds/non-profiles', f))];
    const { stdout, status } = runCli(files);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => Line.parse(JSON.parse(l)));
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines.map((l) => l.isProfile)).toEqual([...profilePages().map(() => true), ...nonProfilePages().map(() => false)]);
    expect(lines[0]).toMatchObject({ kind: 'vetted-talent', name: 'Sudeep Gupta' });
  });

  it('still prints a line for a missing file, and exits 1', { timeout: 30_000 }, () => {
    const { stdout, status } = runCli(['no/such/file.html']);
    expect(status).toBe(1);
    const line = Line.parse(JSON.parse(stdout.trim()));
    expect(line).toMatchObject({ file: 'no/such/file.html', isProfile: false, kind: 'unknown' });
    expect(line.warnings[0]).toMatch(/could not read/);
  });
});
