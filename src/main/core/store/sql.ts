// Owns the only way SQL text is built: a tagged template whose interpolations become bound
// parameters, never text. Identifiers (rare: dynamic table names in generic code) must pass
// `identifier()`, which asserts a strict pattern.
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export interface SqlQuery {
  readonly text: string;
  readonly params: readonly unknown[];
}

class Identifier {
  constructor(readonly name: string) {}
}

/** An asserted table or column name, the only thing ever spliced into SQL text. */
export function identifier(name: string): Identifier {
  if (!IDENTIFIER.test(name)) throw new TypeError(`not a safe SQL identifier: ${JSON.stringify(name)}`);
  return new Identifier(name);
}

/** @example const q = sql`SELECT * FROM people WHERE program_id = ${programId} AND id = ${id}`; */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlQuery {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (v instanceof Identifier) text += `"${v.name}"`;
    else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1]!;
  });
  return { text, params };
}
