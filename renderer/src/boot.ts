// What the page runs first: main.tsx imports it before anything else, so it is evaluated before
// React and the app's modules (issue 16):
// - it asks for the bundled catalogue: fetched, checked by its hash and parsed by the time React
//   renders, so the first render is the catalogue itself;
// - it shows the saved theme: the page's first read of localStorage loads the whole store
//   (a few milliseconds), done here rather than in React's first render, and the first frame
//   has the right colours.
import { startCatalogue } from './catalogue/startup';
import { readTheme, showTheme } from './app/theme';

startCatalogue();
try {
  showTheme(readTheme());
} catch {
  // Storage refused (a locked-down browser): the theme switch falls back on the system's.
}
