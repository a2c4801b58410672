/**
 * New region ids, shaped like Label Studio's (10 characters of `[A-Za-z0-9_-]`, ls-spec §5.1) and
 * never equal to an id already in the task (data-safety guarantee 6). Relations have no id.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
export const REGION_ID_LENGTH = 10;

/** Random draws before giving up on the random source: with 64^10 ids, a healthy source all but
 *  never needs a second one. */
const RANDOM_ATTEMPTS = 32;

/**
 * A fresh region id not in `taken` (pass every id of the task: `ImportedTask.ids` plus the ids
 * made since). `random` returns numbers in [0, 1), `Math.random` by default; tests pass their own.
 * A random source that keeps repeating itself cannot make this loop forever: after a few draws it
 * counts upwards instead, which must reach a free id since `taken` is finite.
 */
export function newRegionId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (let attempt = 0; attempt < RANDOM_ATTEMPTS; attempt++) {
    const id = randomId(random);
    if (!taken.has(id)) return id;
  }
  for (let n = 0; ; n++) {
    const id = countedId(n);
    if (!taken.has(id)) return id;
  }
}

function randomId(random: () => number): string {
  let id = '';
  // `& 63` keeps the index in range even for a source that returns 1, a negative number or NaN
  for (let i = 0; i < REGION_ID_LENGTH; i++) id += ALPHABET[Math.floor(random() * 64) & 63];
  return id;
}

/** `n` written in the id alphabet, most significant digit first, padded to the id length. */
function countedId(n: number): string {
  let id = '';
  for (let rest = n, i = 0; i < REGION_ID_LENGTH; i++, rest = Math.floor(rest / 64))
    id = ALPHABET[rest % 64] + id;
  return id;
}
