// Which of many literal strings a text contains, in one pass (Aho–Corasick over UTF-16 code
// units). Gating fifty regex repairs with fifty `includes` scanned each paragraph fifty times;
// this answers the same fifty questions with one scan.

export class NeedleSet {
  readonly size: number;
  /** Column of each code unit found in a needle; 0 for every other code unit. */
  private readonly column = new Uint16Array(0x10000);
  private readonly width: number;
  /** Complete transition table: next state = delta[state * width + column]. */
  private readonly delta: Int32Array;
  /** Needle indexes ending at each state, failure chain included. */
  private readonly outputs: (readonly number[] | null)[];

  /** Each entry is one needle, or a group of needles answered together (found if any is). */
  constructor(entries: readonly (string | readonly string[])[]) {
    this.size = entries.length;
    const groups = entries.map((e) => (typeof e === 'string' ? [e] : e));
    let columns = 0;
    for (const needle of groups.flat()) {
      for (let i = 0; i < needle.length; i++) {
        const code = needle.charCodeAt(i);
        if (this.column[code] === 0) this.column[code] = ++columns;
      }
    }
    this.width = columns + 1;
    // Trie.
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    groups.forEach((group, index) =>
      group.forEach((needle) => {
        let state = 0;
        for (let i = 0; i < needle.length; i++) {
          const col = this.column[needle.charCodeAt(i)]!;
          let next = children[state]!.get(col);
          if (next === undefined) {
            next = children.length;
            children.push(new Map());
            own.push([]);
            children[state]!.set(col, next);
          }
          state = next;
        }
        if (!own[state]!.includes(index)) own[state]!.push(index);
      }),
    );
    // Failure links breadth first, folded into a complete transition table.
    const states = children.length;
    const delta = new Int32Array(states * this.width);
    const outputs: (number[] | null)[] = new Array<number[] | null>(states).fill(null);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let col = 0; col < this.width; col++) {
      const next = children[0]!.get(col);
      if (next !== undefined) {
        delta[col] = next;
        fail[next] = 0;
        queue.push(next);
      }
    }
    outputs[0] = own[0]!.length ? own[0]! : null;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const inherited = outputs[fail[state]!] ?? [];
      const all = [...own[state]!, ...inherited];
      outputs[state] = all.length ? all : null;
      for (let col = 0; col < this.width; col++) {
        const next = children[state]!.get(col);
        if (next === undefined) {
          delta[state * this.width + col] = delta[fail[state]! * this.width + col]!;
        } else {
          fail[next] = delta[fail[state]! * this.width + col]!;
          delta[state * this.width + col] = next;
          queue.push(next);
        }
      }
    }
    this.delta = delta;
    this.outputs = outputs;
  }

  /** found[i] is 1 when `text` contains entry i (same answer as `text.includes(needle)` for one of its needles). */
  scan(text: string, found: Uint8Array = new Uint8Array(this.size)): Uint8Array {
    found.fill(0);
    const { delta, width, outputs, column } = this;
    // The empty needle is in every text.
    for (const k of outputs[0] ?? []) found[k] = 1;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * width + column[text.charCodeAt(i)]!]!;
      const out = outputs[state];
      if (out) for (const k of out) found[k] = 1;
    }
    return found;
  }
}
