/** The value at a dotted path of a deal's data ("sla.response.minutes"), or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const key of path.split(".")) {
    // own keys only: `constructor` or `__proto__` in a path is no value of the deal's
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
