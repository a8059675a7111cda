/** One page of a keyset-ordered list: which way to read from which key, and how many. */
export interface PageRequest<K> {
  direction: 'forward' | 'backward';
  size: number;
  /** the key to read strictly after (forward) or before (backward); none from the list's start or end */
  from: K | undefined;
}
