// Each architecture rule of eslint.config.mjs fires: every fixture under fixtures/ is linted as if
// it sat at the path its first line names ("// as: …"), and must raise exactly the rule its
// second line names ("// expect: …", or "none" for imports the layering allows).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(__dirname, 'fixtures');

interface Fixture {
  name: string;
  as: string;
  expected: string;
  code: string;
}

const fixtures: Fixture[] = readdirSync(FIXTURES)
  .sort()
  .map((name) => {
    const code = readFileSync(join(FIXTURES, name), 'utf8');
    const as = /^\/\/ as: (\S+)$/m.exec(code)?.[1];
    const expected = /^\/\/ expect: (\S+)$/m.exec(code)?.[1];
    if (!as || !expected) throw new Error(`${name}: the "// as:" and "// expect:" lines are missing`);
    return { name, as, expected, code };
  });

const ARCHITECTURE_RULES = new Set(['no-restricted-imports', 'no-restricted-globals']);

describe('architecture lint rules', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  it('has fixtures for every layer', () => {
    const folders = new Set(
      fixtures.map((f) =>
        f.as
          .split('/')
          .slice(0, f.as.startsWith('renderer') ? 3 : 2)
          .join('/'),
      ),
    );
    for (const folder of [
      'electron/pipeline',
      'electron/shared',
      'electron/cli',
      'electron/main',
      'renderer/src/core',
      'renderer/src/features',
      'renderer/src/services',
      'renderer/src/db',
      'renderer/src/app',
    ])
      expect(folders, folder).toContain(folder);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s',
    async (_, fixture) => {
      const [result] = await eslint.lintText(fixture.code, { filePath: join(ROOT, fixture.as) });
      const fired = result!.messages.filter((m) => m.ruleId && ARCHITECTURE_RULES.has(m.ruleId));
      if (fixture.expected === 'none') {
        expect(fired.map((m) => m.message)).toEqual([]);
      } else {
        expect(fired.map((m) => m.ruleId)).toEqual([fixture.expected]);
        // The message says what to do instead, in the project's words, not just "restricted".
        expect(fired[0]!.message.length).toBeGreaterThan(40);
      }
    },
    60_000,
  );
});
