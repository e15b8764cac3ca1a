// What to try when a search finds nothing: the same query with one word fewer, or one long
// word cut down to its stem (typing "maraîchage" when the text says "maraîchers").

/** Words of the query as typed, keeping quoted phrases and "-excluded" words whole. */
function queryWords(query: string): string[] {
  return query.match(/-?"[^"]*"?|\S+/g) ?? [];
}

export function shorterQueries(query: string, max = 4): string[] {
  const words = queryWords(query.trim());
  const out: string[] = [];
  if (words.length > 1) {
    // Dropping the longest words first: they are the likeliest to be misspelt.
    const order = words.map((w, i) => ({ w, i })).sort((a, b) => b.w.length - a.w.length);
    for (const { i } of order) out.push(words.filter((_, j) => j !== i).join(' '));
  } else if (words.length === 1) {
    const word = words[0] ?? '';
    const chars = [...word];
    if (!/^-|"/.test(word) && chars.length >= 6) {
      const stem = chars.slice(0, Math.max(4, Math.ceil(chars.length * 0.6))).join('');
      if (stem !== word) out.push(stem);
    }
  }
  return [...new Set(out)].filter((q) => q.trim() !== '').slice(0, max);
}
