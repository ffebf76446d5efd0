export function App() {
  return <main>Residency Scheduler</main>;
}
