/**
 * Runs a step that may take minutes on a first run (a Go build, the Keycloak download and build)
 * and says so while it runs: nothing when it is quick, a line every `everyMs` when it is not, and
 * how long it took at the end. Four silent minutes look like a hang.
 */
export async function withProgress<T>(
  report: (line: string) => void,
  label: string,
  task: () => Promise<T>,
  everyMs = 15_000,
): Promise<T> {
  const began = Date.now();
  const seconds = () => ((Date.now() - began) / 1000).toFixed(0);
  const ticker = setInterval(() => {
    report(`${label}: still working (${seconds()} s so far)`);
  }, everyMs);
  try {
    return await task();
  } finally {
    clearInterval(ticker);
    if (Date.now() - began >= everyMs) report(`${label}: done in ${seconds()} s`);
  }
}
