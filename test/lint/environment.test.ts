// The pipeline and the shared core compile with no Node types and no DOM library
// (electron/{pipeline,shared}/tsconfig.json): code there that reaches for either fails `tsc -b`.
// Each probe below is compiled with those settings, as if it were a file of that folder.
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function compileAs(project: string, code: string): string[] {
  const configPath = resolve(ROOT, project, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const probe = resolve(ROOT, project, '__probe__.ts');
  const host = ts.createCompilerHost({ ...config.options, noEmit: true });
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === probe ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === probe || fileExists(name);
  const program = ts.createProgram({
    rootNames: [probe],
    options: { ...config.options, noEmit: true },
    host,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe.each(['electron/pipeline', 'electron/shared'])('%s compiles without Node or the DOM', (project) => {
  it('accepts plain ES2023', () => {
    expect(compileAs(project, 'export const last = [1, 2, 3].at(-1) ?? "x".normalize("NFD");')).toEqual([]);
  });

  it.each([
    ['process', 'export const debug = process.env.DEBUG;'],
    ['Buffer', 'export const bytes = Buffer.from("x");'],
    ['document', 'export const title = document.title;'],
    ['window', 'export const width = window.innerWidth;'],
    ['HTMLElement', 'export type Host = HTMLElement;'],
  ])('rejects %s', (name, code) => {
    const errors = compileAs(project, code);
    expect(errors.join('\n')).toContain(`Cannot find name '${name}'`);
  });
});
