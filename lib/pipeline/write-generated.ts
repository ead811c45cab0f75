import type { z } from 'zod';
import { CODE_TWINS, GENERATED_FILES, type Generated } from '../data-contract';
import type { CodeTwin } from '../api-schema';
import { writeFolderAtomically } from './write-atomic';

/**
 * Writes the whole data-step output at once: every file named by the contract, validated against its schema, plus one
 * JSON twin per code. Readers see the old folder or the new one, never a mix.
 */
export function writeGenerated(outDir: string, output: Generated, twins: CodeTwin[]): void {
  const files = new Map<string, string>();
  for (const [key, file] of Object.entries(GENERATED_FILES) as [keyof Generated, (typeof GENERATED_FILES)[keyof Generated]][]) {
    files.set(file.path, JSON.stringify((file.schema as z.ZodType).parse(output[key]), null, 'indent' in file ? file.indent : undefined));
  }
  for (const twin of twins) files.set(`${CODE_TWINS.dir}/${twin.code}.json`, JSON.stringify(CODE_TWINS.schema.parse(twin)));
  writeFolderAtomically(outDir, files);
}
