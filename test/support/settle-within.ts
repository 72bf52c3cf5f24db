/**
 * The promise's value, or a rejection naming `what` when it has not settled within `ms`: a liveness bound
 * ("never hangs"), generous by design, never a speed check. The timer is cleared either way.
 */
export async function settleWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
