// Kept apart from the engine so the page can read them without loading the engine's code.

/** How many results the app asks for: more than anyone scrolls through. */
export const APP_LIMIT = 200;
/** Snippets are computed for the first results only (the ones a list shows before scrolling far). */
export const SNIPPET_LIMIT = 60;
