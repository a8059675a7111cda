import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project-root';

export const API_VERSION: string = JSON.parse(
  readFileSync(join(projectRoot(), 'package.json'), 'utf8'),
).version;
