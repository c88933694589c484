/** Adds a value to the list a map holds under a key, in place (spreading a growing list again and again is quadratic). */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
