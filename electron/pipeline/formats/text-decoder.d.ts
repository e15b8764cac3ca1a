// TextDecoder exists in every runtime the pipeline meets (Node, browsers, workers) but in no
// library the pipeline compiles against (no DOM, no Node types): declared here, as little as used.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array | ArrayBuffer, options?: { stream?: boolean }): string;
}
