import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../../../electron/pipeline';
import { PARSER_CRASHED } from '../../../../electron/pipeline/common/guard';
import type { SourceDocument } from '../../../../electron/pipeline/types';

/** A document whose text throws the first time a parser reads it, then reads as empty. */
function explodingDocument(): SourceDocument {
  let reads = 0;
  return {
    file: 'piege.txt',
    get text(): string {
      reads += 1;
      if (reads === 1) throw new Error('boom');
      return '';
    },
  };
}

describe('every parser goes through the shared guard', () => {
  it.each(PARSERS.map((p) => [p.id, p] as const))(
    '%s turns an exception into one parser-crashed warning',
    (_, parser) => {
      const out = parser.parse(explodingDocument());
      expect(out.entries).toEqual([]);
      expect(out.source.file).toBe('piege.txt');
      const crashed = out.warnings.filter((w) => w.code === PARSER_CRASHED);
      expect(crashed).toHaveLength(1);
      expect(crashed[0]!.message).toContain('boom');
    },
  );

  it.each(PARSERS.map((p) => [p.id, p] as const))('%s recognition never throws', (_, parser) => {
    const hostile = {
      get text(): string {
        throw new Error('boom');
      },
    };
    expect(parser.recognise(hostile as unknown as string)).toBe(0);
  });
});
