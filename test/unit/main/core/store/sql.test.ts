import { describe, expect, it } from 'vitest';
import { identifier, sql } from '../../../../../src/main/core/store';

describe('sql tagged template', () => {
  it('turns every interpolation into a bound parameter', () => {
    const evil = "x'); DROP TABLE people; --";
    expect(sql`SELECT * FROM people WHERE id = ${evil} AND kind = ${'resident'}`).toEqual({
      text: 'SELECT * FROM people WHERE id = ? AND kind = ?',
      params: [evil, 'resident'],
    });
  });

  it('splices only asserted identifiers, quoted', () => {
    expect(sql`SELECT count(*) FROM ${identifier('people')}`.text).toBe('SELECT count(*) FROM "people"');
  });

  it.each(['people; DROP TABLE x', 'People', '"x"', '', 'a-b', 'x'.repeat(64)])('refuses %j as an identifier', (name) => {
    expect(() => identifier(name)).toThrow(TypeError);
  });
});
