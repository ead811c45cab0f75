/** The message a failed data step prints: known errors as they are, anything else with its stack. */
export function reportBuildError(error: unknown): string {
  if (error instanceof Error && ['ContentValidationError', 'CmsFileError', 'ThesaurusError'].includes(error.name)) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
