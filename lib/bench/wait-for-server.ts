const answers = (url: string): Promise<boolean> =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

/** Waits until `url` answers 200, polling every 200 ms; fails after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200)))
    if (await answers(url)) return;
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
