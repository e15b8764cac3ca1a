// The way into an import from the shell and the catalogue: the import session (and with it the
// documents' storage, Dexie and zod) loads with the first file added, not with the first screen.
export function addFiles(files: File[]): void {
  void import('./import-session').then(
    (session) => session.addFiles(files),
    (error: unknown) => console.error('Ajout de documents :', error),
  );
}
