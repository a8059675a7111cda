import { GraphQLScalarType, Kind } from 'graphql';
import { parseIsoDate } from '../../core/validate';
import { BadUserInputError } from '../../domain/errors';

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
