// The storage boundary holds: a feature importing Dexie, its React hooks or the database
// instance fails lint; the same code through a gateway passes.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function messages(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('storage gateway boundary', () => {
  it.each([
    ["import Dexie from 'dexie';\nexport const x = Dexie;\n", 'dexie'],
    [
      "import { useLiveQuery } from 'dexie-react-hooks';\nexport const x = useLiveQuery;\n",
      'dexie-react-hooks',
    ],
    ["import { db } from '../../db/ReperesDb';\nexport const x = db;\n", 'the db instance'],
  ])('refuses a feature importing %#: %s', async (code, _what) => {
    for (const file of ['renderer/src/features/annotations/Fixture.tsx', 'renderer/src/app/Fixture.ts']) {
      const found = await messages(code, file);
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('Features reach storage only through the gateways of renderer/src/db.');
    }
  });

  it('lets a feature use a gateway, and the gateways use Dexie', async () => {
    expect(
      await messages(
        "import { useNotes } from '../../db/annotations';\nexport const x = useNotes;\n",
        'renderer/src/features/annotations/Fixture.tsx',
      ),
    ).toEqual([]);
    expect(
      await messages("import Dexie from 'dexie';\nexport const x = Dexie;\n", 'renderer/src/db/Fixture.ts'),
    ).toEqual([]);
  });
});
