// Work several extractors need from the same article (its people, a
// sentence's countries) is done once: the result is kept on the object it was
// computed from, and goes away with it. Any further arguments must be fixed by
// that object (a sentence array and the text it was split from).
export function memoOn<K extends object, A extends unknown[], V>(compute: (key: K, ...args: A) => V): (key: K, ...args: A) => V {
  const cache = new WeakMap<K, V>();
  return (key, ...args) => {
    // One lookup when the value is cached; `has` only tells a cached undefined from none.
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as V;
    const value = compute(key, ...args);
    cache.set(key, value);
    return value;
  };
}
