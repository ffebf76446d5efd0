// Owns whether zustand's devtools middleware is switched on: only when the Redux DevTools
// extension is present (never in a packaged app), so nothing warns or connects otherwise.
export function devtoolsEnabled(): boolean {
  return typeof window !== 'undefined' && '__REDUX_DEVTOOLS_EXTENSION__' in window;
}
