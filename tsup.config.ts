import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { z } from 'zod';
import { AnalysisSchema } from './src/schema/analysis.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'neutral',
    treeshake: true,
    // A JSON Schema of the output for consumers outside TypeScript, generated from the zod schemas.
    onSuccess: async () => {
      const schema = z.toJSONSchema(AnalysisSchema, { target: 'draft-2020-12' });
      const document = {
        $id: 'https://unpkg.com/presslens/dist/schema.json',
        title: 'presslens Analysis',
        ...schema,
      };
      writeFileSync('dist/schema.json', `${JSON.stringify(document, null, 2)}\n`);
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { __PRESSLENS_VERSION__: JSON.stringify(version) },
  },
]);
