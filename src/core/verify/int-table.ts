// A hash table from small non-negative integers to indices (open addressing, typed arrays):
// the bigram lookup runs for every character of every draft, where a Map is several times slower.

export class IntTable {
  private readonly keys: Int32Array
  private readonly values: Int32Array
  private readonly mask: number

  constructor(size: number) {
    let capacity = 16
    while (capacity < size * 2) capacity *= 2
    this.keys = new Int32Array(capacity).fill(-1)
    this.values = new Int32Array(capacity)
    this.mask = capacity - 1
  }

  set(key: number, value: number): void {
    let i = hash(key) & this.mask
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask
    this.keys[i] = key
    this.values[i] = value
  }

  /** the value, or −1 */
  get(key: number): number {
    let i = hash(key) & this.mask
    for (;;) {
      const k = this.keys[i]!
      if (k === key) return this.values[i]!
      if (k === -1) return -1
      i = (i + 1) & this.mask
    }
  }
}

function hash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7
}
