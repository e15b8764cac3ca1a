// What other features may use of dossiers. The view itself is loaded by the router.
export { ContactsExport } from './ContactsExport';
