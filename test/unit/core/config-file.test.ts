import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../packages/core/src/index.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['services'],
  properties: {
    services: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'url'],
        properties: {
          name: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          timeout: { type: 'integer', minimum: 1, default: 10 },
        },
      },
    },
  },
};
const where = { input: 'config-file', file: 'sla.yml', expected: 'a services list, see the README' };

describe('parseConfig', () => {
  it('parses, validates and fills in defaults', async () => {
    const config = await parseConfig<{ services: { name: string; url: string; timeout: number }[] }>(
      'services:\n  - name: api\n    url: https://api.example.com/health\n',
      schema,
      where,
    );
    expect(config.services[0]).toEqual({ name: 'api', url: 'https://api.example.com/health', timeout: 10 });
  });

  it('points at the line of a schema violation', async () => {
    const text =
      'services:\n  - name: api\n    url: https://a.example\n  - name: web\n    url: https://b.example\n    timeout: fast\n';
    await expect(parseConfig(text, schema, where)).rejects.toThrow(
      "input 'config-file': sla.yml line 6: services[1].timeout must be integer; expected a services list, see the README",
    );
  });

  it('names an unknown key at its own line, and a missing key at its object', async () => {
    await expect(
      parseConfig('services:\n  - name: api\n    url: https://a.example\n    uri: x\n', schema, where),
    ).rejects.toThrow(/sla.yml line 4: services\[0\] has unknown key 'uri'/);
    await expect(parseConfig('services:\n  - name: api\n', schema, where)).rejects.toThrow(
      /sla.yml line 2: services\[0\] is missing 'url'/,
    );
  });

  it('reports YAML syntax errors with their line', async () => {
    await expect(parseConfig('services:\n  - name: api\n   url: [oops\n', schema, where)).rejects.toThrow(
      /^input 'config-file': sla.yml line 3: /,
    );
  });
});
