// `npm run import -- --json FILE...`: one JSON object, exit 0 when at least one file was read.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Entry, Warning } from '../../../../electron/shared/schema';
import { FIXTURES } from './fixtures';

const ROOT = resolve(__dirname, '../../../..');
const Output = z.object({ entries: z.array(Entry), warnings: z.array(Warning) });

function run(...files: string[]): { status: number | null; stdout: string } {
  const out = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli/import.ts', '--json', ...files],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: out.status, stdout: out.stdout };
}

describe('import CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // A 300 MB file that occupies no disk: only its size is ever looked at.
  const huge = join(dir, 'enorme.pdf');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 300 * 1024 * 1024);
  closeSync(fd);

  it(
    'prints entries of the files it read and warnings for the others, and succeeds',
    { timeout: 60_000 },
    () => {
      const { status, stdout } = run(
        join(FIXTURES, 'recueil-trois-initiatives.md'),
        join(FIXTURES, 'chiffre.pdf'),
        huge,
      );
      expect(status).toBe(0);
      const out = Output.parse(JSON.parse(stdout));
      expect(out.entries.map((e) => e.source)).toEqual(Array(3).fill('recueil-trois-initiatives.md'));
      expect(
        out.warnings.filter((w) => w.file !== 'recueil-trois-initiatives.md').map((w) => [w.file, w.code]),
      ).toEqual([
        ['chiffre.pdf', 'pdf-encrypted'],
        ['enorme.pdf', 'too-large'],
      ]);
    },
  );

  it('fails when no file could be read', { timeout: 60_000 }, () => {
    const { status, stdout } = run(huge, join(dir, 'absent.docx'));
    expect(status).toBe(1);
    const out = Output.parse(JSON.parse(stdout));
    expect(out.entries).toEqual([]);
    expect(out.warnings.map((w) => w.code)).toEqual(['too-large', 'not-found']);
  });
});
