// Runs Electronegativity over the Electron sources, told the project's Electron version (without
// it the tool assumes an old one and reports, for instance, the remote module that Electron 14
// removed). Every finding must be fixed or explained below, and every explanation must still
// match a finding; the tool is unmaintained and knows nothing of fuses or custom protocols, so it
// complements the checklist tests in test/electron/main/security.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

/** Findings reviewed and accepted, with the reason. Keyed by check, severity and file. */
const EXPLAINED: Record<string, string> = {
  'PRELOAD_JS_CHECK MEDIUM main/window.ts':
    'Reviewed: the sandboxed preload exposes one frozen object through contextBridge, only reperes: channels, never the raw IPC event (asserted in test/electron/preload/preload.test.ts).',
  'CSP_GLOBAL_CHECK LOW main/security.ts':
    'The CSP is built by joining directives (electron/shared/csp.ts); the tool cannot parse a computed string. The policy is asserted in security.test.ts.',
};

function scan(): string[] {
  // The tool sometimes leaves a garbled report (a shorter write over a longer one, untruncated):
  // a report is used only when every row is well formed, and the scan is run again otherwise.
  for (let attempt = 1; ; attempt++) {
    const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'report.csv');
    try {
      execFileSync(
        join(root, 'node_modules/.bin/electronegativity'),
        ['-i', 'electron', '-r', '-e', electronVersion, '-o', out],
        { cwd: root, stdio: 'pipe', timeout: 110_000 },
      );
    } catch {
      // Its online release check fails here with no network; the report is still written.
    }
    const [header = [], ...rows] = csvRows(readFileSync(out, 'utf8'));
    const wellFormed = rows.every((r) => r.length === header.length && /^[A-Z_]+$/.test(r[0] ?? ''));
    if (!wellFormed && attempt < 3) continue;
    expect(header.join(', ')).toMatch(/^issue, severity, confidence, filename/);
    expect(wellFormed, 'a well-formed Electronegativity report').toBe(true);
    return rows.map(([check = '', severity = '', , file = '']) => `${check} ${severity} ${file}`);
  }
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.some((f) => f)) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  endRow();
  return rows;
}

describe('Electronegativity', () => {
  it(`leaves no unexplained finding for Electron ${electronVersion}`, { timeout: 120_000 }, () => {
    expect(electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const findings = scan();
    expect(findings.filter((f) => !(f in EXPLAINED))).toEqual([]);
    // An explanation whose finding is gone is stale: the code changed, the reason may no longer hold.
    expect(Object.keys(EXPLAINED).filter((k) => !findings.includes(k))).toEqual([]);
  });
});
