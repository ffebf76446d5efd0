// Owns how commands answer: human text by default, one JSON document with --json.
export interface Out {
  json: boolean;
  result(value: Record<string, unknown>, human: string): void;
}

export function createOut(json: boolean): Out {
  return {
    json,
    result(value, human) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human}\n`);
    },
  };
}
