// What an exported annotation points at, as an absolute IRI: the W3C model requires one for every
// target source, and a bare catalogue id means nothing to another tool. Forms:
//
//   urn:reperes:entry:<id>                        an entry or event of the catalogue
//   urn:reperes:comparison:<id>                   a saved comparison (target id "comparison:<id>")
//   urn:reperes:doc:<sha256>:entry:<id>           an entry read from a document the user added,
//                                                 named by the document's content hash (64 hex
//                                                 digits), so two copies of one report agree
//
// Import reads all three, and the bare ids that exports written before these IRIs carry.
import { z } from 'zod';

export const NS = 'urn:reperes:';
const ENTRY = `${NS}entry:`;
const COMPARISON = `${NS}comparison:`;
const DOC = `${NS}doc:`;

/** Catalogue ids (entries, events) and saved comparisons are the only things one can annotate. */
export const TARGET_ID = z.string().regex(/^(?:comparison:)?[a-z0-9][a-z0-9-]{0,199}$/);

const SHA256 = /^[0-9a-f]{64}$/;
const DOC_IRI = /^urn:reperes:doc:([0-9a-f]{64}):entry:(.+)$/;

/** The IRI of a target; `documentSha256` when the entry comes from a document the user added. */
export function targetIri(targetId: string, documentSha256?: string): string {
  if (targetId.startsWith('comparison:')) return COMPARISON + targetId.slice('comparison:'.length);
  if (documentSha256 !== undefined) {
    if (!SHA256.test(documentSha256)) throw new Error(`not a sha256: ${documentSha256}`);
    return `${DOC}${documentSha256}:entry:${targetId}`;
  }
  return ENTRY + targetId;
}

/** The target id an IRI (or a bare id from an older export) names, or null when it names none. */
export function targetIdFromIri(value: string): string | null {
  let id: string;
  if (value.startsWith(ENTRY)) id = value.slice(ENTRY.length);
  else if (value.startsWith(COMPARISON)) id = `comparison:${value.slice(COMPARISON.length)}`;
  else if (value.startsWith(DOC)) {
    const m = DOC_IRI.exec(value);
    if (!m) return null;
    id = m[2]!;
  } else id = value; // exports before format 2: the bare target id
  return TARGET_ID.safeParse(id).success ? id : null;
}

/** Makes any text safe inside an IRI: percent-encoded, lone surrogates replaced first. */
export function iriSegment(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}

/** The inverse of iriSegment for ids made by this app; a malformed escape yields the text as is. */
export function fromIriSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
