// `npm run bench`: runs every benchmark module in turn and prints its figures. A module is
// any file here exporting `run(): Promise<void>`; add new ones to the list.
// Pass names to run only some: `npm run bench -- search startup`.
const MODULES: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  parse: () => import('./parse'),
  startup: () => import('./startup'),
  search: () => import('./search'),
  annotations: () => import('./annotations'),
  themes: () => import('./themes'),
  import: () => import('./import'),
  'import-ui': () => import('./import-ui'),
  'imported-search': () => import('./imported-search'),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const [name, load] of Object.entries(MODULES)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    try {
      await (await load()).run();
    } catch (error) {
      console.error(`\n== ${name} : échec`, error);
      process.exitCode = 1;
    }
  }
}

void main();
