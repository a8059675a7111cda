// The deprecated-field metric is off (src/api/plugins/use-metrics.ts): it cost every request a
// walk of its document, for a schema that deprecates nothing. This keeps that true; whoever
// deprecates something turns the metric back on and deletes this test.

import { makeExecutableSchema } from '@graphql-tools/schema';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { loadTypeDefs } from '../../../src/api/schema';

test('the schema deprecates no field, argument, input field or enum value', () => {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });
  const deprecated: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) deprecated.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (arg.deprecationReason) deprecated.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields()))
        if (field.deprecationReason) deprecated.push(`${type.name}.${field.name}`);
    if (isEnumType(type))
      for (const value of type.getValues())
        if (value.deprecationReason) deprecated.push(`${type.name}.${value.name}`);
  }
  expect(deprecated).toEqual([]);
});
