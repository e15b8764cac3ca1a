// The start-up floor of the stack: the React and react-dom the app ships, rendering one element,
// marked the way the app marks its own start (an effect after the first commit). The app cannot
// become interactive sooner than this page on the same machine.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Floor() {
  useEffect(() => {
    performance.mark('reperes:interactive');
  }, []);
  return <p>Repères</p>;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
