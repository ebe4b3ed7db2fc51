/**
 * Runs once when the server starts (Next's instrumentation hook): on the Node runtime,
 * SIGINT and SIGTERM close the collection's store before the process exits. `npm start`
 * turns Next's own handling off (NEXT_MANUAL_SIG_HANDLE), which would exit at once.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { closeStoresOnSignals } = await import('./store/openStore');
  closeStoresOnSignals();
}
