// The catalogue as the window receives it, in two parts (issue 16):
// - the list, read at start: everything the catalogue's list, facets and preview show. Each
//   entry's sections and theme evidence, each event's cells and evidence stay behind, and an
//   event keeps only the start of its text (its summary): 115 kB instead of 837 kB to read,
//   check and parse before the first screen;
// - the bodies, read once that screen is painted (or at once when the window opens on a view
//   that needs them): what was left behind, joined to the list by `withBodies`.
// Neither has the raw copies of the text: the window shows the original text from the document
// itself (`loadDocument`), and they were 40 % of the bytes.
import { EVENT_SUMMARY_CHARS } from './items';
import type { Catalogue, CatalogueBodies } from './schema';

export function forWindow(catalogue: Catalogue): Catalogue {
  return {
    ...catalogue,
    entries: catalogue.entries.map((e) => ({ ...e, raw: '' })),
    events: catalogue.events.map((e) => ({ ...e, raw: '' })),
  };
}

export interface WindowCatalogue {
  list: Catalogue;
  bodies: CatalogueBodies;
}

/** The window's two parts of `catalogue`: joined again by `withBodies`, they are `forWindow(catalogue)`. */
export function splitForWindow(catalogue: Catalogue): WindowCatalogue {
  const whole = forWindow(catalogue);
  return {
    list: {
      ...whole,
      entries: whole.entries.map(({ themeEvidence: _evidence, ...entry }) => ({ ...entry, sections: [] })),
      events: whole.events.map(({ themeEvidence: _evidence, ...event }) => ({
        ...event,
        text: event.text.slice(0, EVENT_SUMMARY_CHARS),
        cells: [],
      })),
    },
    bodies: {
      entries: whole.entries.map((e) => ({
        id: e.id,
        sections: e.sections,
        ...(e.themeEvidence && { themeEvidence: e.themeEvidence }),
      })),
      events: whole.events.map((e) => ({
        id: e.id,
        text: e.text,
        cells: e.cells,
        ...(e.themeEvidence && { themeEvidence: e.themeEvidence }),
      })),
    },
  };
}

/**
 * The list with its bodies: the catalogue as `forWindow` gives it. Null when they are not parts
 * of the same catalogue (not the same entries and events, in the same order): files of two
 * builds, or one of them damaged.
 */
export function withBodies(list: Catalogue, bodies: CatalogueBodies): Catalogue | null {
  if (list.entries.length !== bodies.entries.length || list.events.length !== bodies.events.length)
    return null;
  if (list.entries.some((e, i) => bodies.entries[i]?.id !== e.id)) return null;
  if (list.events.some((e, i) => bodies.events[i]?.id !== e.id)) return null;
  return {
    ...list,
    entries: list.entries.map((entry, i) => {
      const { id: _id, ...body } = bodies.entries[i]!;
      return { ...entry, ...body };
    }),
    events: list.events.map((event, i) => {
      const { id: _id, ...body } = bodies.events[i]!;
      return { ...event, ...body };
    }),
  };
}
