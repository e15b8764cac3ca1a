import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../electron/pipeline';
import { readDocuments } from '../../../electron/cli/documents';
import { toItems } from '../../../electron/shared/items';
import { annotatableSections, eventSections, sectionRefs } from '../../../renderer/src/core/sections';

const items = toItems(buildCatalogue(readDocuments()).catalogue);

describe('sections and their references', () => {
  it('numbers sections by key so annotations keep their anchor', () => {
    const s = (key: 'body' | 'tools') => ({ key, heading: '', text: '', lines: null });
    expect(sectionRefs([s('body'), s('tools'), s('body')])).toEqual(['body:0', 'tools:0', 'body:1']);
  });

  it('gives annotations the sections the entry view shows, with the same references', () => {
    const entry = items.find((i) => i.entry && i.entry.sections.length > 2)!;
    expect(annotatableSections(entry).map((s) => s.ref)).toEqual(sectionRefs(entry.entry!.sections));
    expect(annotatableSections(entry).map((s) => s.text)).toEqual(entry.entry!.sections.map((s) => s.text));
    const event = items.find((i) => i.event && eventSections(i.event).length > 1)!;
    expect(annotatableSections(event).map((s) => s.heading)).toEqual(
      eventSections(event.event!).map((s) => s.heading),
    );
    expect(new Set(annotatableSections(event).map((s) => s.ref)).size).toBe(
      eventSections(event.event!).length,
    );
  });
});
