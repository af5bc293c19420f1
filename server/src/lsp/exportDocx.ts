import { exportDocxRequest, type ExportDocxParams, type ExportDocxResult } from 'foi-lint-protocol';
import * as fs from 'node:fs';
import { converters } from '../convert/lazy';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { Analysis } from './analysis';

// The request behind the editor command "FOI: Export reply to Word": the open draft, as the editor
// holds it, made a .docx by the same code as `foi-lint export`. The client chooses where to save it
// and writes the bytes; a draft with errors comes back with its errors instead, unless forced.

export function registerExportDocx(connection: Connection, analyze: (uri: string) => Promise<Analysis | undefined>): void {
  connection.onRequest(exportDocxRequest, async (params: Partial<ExportDocxParams> | undefined): Promise<ExportDocxResult> => {
    const uri = params?.uri;
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${exportDocxRequest} needs {uri}: the draft to export`);
    const analysis = await analyze(uri);
    if (!analysis) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not an open reply draft`);
    if (analysis.frame.converted) throw new ResponseError(ErrorCodes.InvalidParams, 'only a Markdown draft can be exported to Word');
    const errors = analysis.result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ line: f.range.start.line + 1, message: f.message, ruleId: f.ruleId }));
    if (errors.length > 0 && params?.force !== true) return { errors };
    let template: Buffer | undefined;
    if (typeof params?.template === 'string' && params.template !== '') {
      try {
        template = fs.readFileSync(params.template);
      } catch (error) {
        throw new ResponseError(ErrorCodes.InvalidParams, `the letterhead ${params.template} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    }
    const { draftToDocx, TemplateError } = converters();
    try {
      return { docx: (await draftToDocx(analysis.text, template)).toString('base64'), errors };
    } catch (error) {
      if (error instanceof TemplateError) throw new ResponseError(ErrorCodes.InvalidParams, `the letterhead ${params?.template}: ${error.message}`);
      throw error;
    }
  });
}
