import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts only real calendar dates written YYYY-MM-DD ("2019-02-30" is rejected). */
export function parseIsoDate(value: unknown): string {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
        return value;
      }
    }
  }
  throw new BadUserInputError(
    `Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
  );
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new BadUserInputError(`Date must be a string written YYYY-MM-DD, got a ${ast.kind} literal`);
    }
    return parseIsoDate(ast.value);
  },
});
