// Regression: error codes were chosen by matching graphql-js and Yoga message text ("Syntax
// Error", "Batching is limited to", a regex on variable errors), so a rewording upstream would
// silently change the codes clients branch on. Codes now follow the stage that raised the error.

import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useHarness } from '../../support/harness';

/** Stand-ins for a future graphql-js whose parser and validator word their errors differently. */
const reworded: Plugin = {
  onParse({ parseFn, setParseFn }) {
    setParseFn((source, options) => {
      if (source.toString().includes('#reword-parse')) {
        throw new GraphQLError('Unparseable: an unexpected character');
      }
      return parseFn(source, options);
    });
  },
  onValidate({ addValidationRule }) {
    const rule: ValidationRule = (context) => ({
      Field(node) {
        if (node.name.value === 'apiVersion' && node.alias?.value === 'reworded') {
          context.reportError(new GraphQLError('This field is not allowed here', { nodes: node }));
        }
      },
    });
    addValidationRule(rule);
  },
};

describe('regression: error codes came from message text', () => {
  const harness = useHarness({ server: { plugins: [reworded] } });

  it('codes a parse error GRAPHQL_PARSE_FAILED whatever its wording', async () => {
    const result = await harness.gql('{ apiVersion } #reword-parse');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Unparseable: an unexpected character',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }),
    ]);
  });

  it('codes a validation error GRAPHQL_VALIDATION_FAILED whatever its wording', async () => {
    const result = await harness.gql('{ reworded: apiVersion }');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'This field is not allowed here',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it('codes a variable that does not coerce BAD_USER_INPUT, through a custom scalar too', async () => {
    const result = await harness.gql(
      'query($asOf: Date, $n: Int) { stances(asOf: $asOf, first: $n) { totalCount } }',
      {
        asOf: '2019-02-30',
        n: 'ten',
      },
    );
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => e.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', value: '2019-02-30' },
      { code: 'BAD_USER_INPUT' },
    ]);
  });

  it('codes a domain error thrown in a resolver with its own code, path and details', async () => {
    const result = await harness.gql('{ statements(first: 5000) { totalCount } }');
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['statements'],
        extensions: { code: 'BAD_USER_INPUT', field: 'first', value: 5000 },
      }),
    ]);
  });
});
