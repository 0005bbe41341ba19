/**
 * An object that `build` makes the first time anything reads it (a property, its keys, JSON).
 * Copying the holder (`{ ...data }`) copies this stand-in without building it: the dev server
 * builds the search index only when a search file is asked for, not after every edit.
 */
export function buildOnFirstUse<T extends object>(build: () => T): T {
  let built: T | undefined;
  const target = () => (built ??= build());
  return new Proxy({} as T, {
    get: (_stub, key) => Reflect.get(target(), key) as unknown,
    has: (_stub, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_stub, key) => Reflect.getOwnPropertyDescriptor(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}
