#!/usr/bin/env node
// The foi-lint language server: `node server.js --stdio` (or --node-ipc). Wiring only: each
// capability lives in lsp/<capability>.ts and maps engine results to the protocol.
import './heap';
import * as path from 'node:path';
import {
  explainRequest,
  readFileRequest,
  statusChangedNotification,
  statusRequest,
  type DraftStatus,
  type Explanation,
  type ReadFileParams,
  type ReadFileResult,
  type StatusParams,
} from 'foi-lint-protocol';
import * as lsp from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createFoiService } from './engine';
import { Analyzer, type Analysis } from './lsp/analysis';
import { clientAbilities, serverCapabilities, type ClientAbilities } from './lsp/capabilities';
import { readFromDisk } from './lsp/allowContact';
import { codeActions } from './lsp/codeActions';
import { codeLenses } from './lsp/codeLens';
import { completions } from './lsp/completion';
import { toDiagnostics } from './lsp/diagnostics';
import { foldingRanges } from './lsp/folding';
import { describeError, guard, guardVoid } from './lsp/guard';
import { explanation } from './lsp/explain';
import { hover } from './lsp/hover';
import { registerExportDocx } from './lsp/exportDocx';
import { registerNewResponse } from './lsp/newResponse';
import { registerStarterConfig } from './lsp/starter';
import { FailureLog } from './lsp/failures';
import { findRuleDocsDir, RuleDocs } from './lsp/ruleDocs';
import { pathOfUri } from './lsp/paths';
import { SchemaService } from './lsp/schemas';
import { SettingsStore, defaultSettings } from './lsp/settings';
import { draftStatus } from './lsp/status';
import { documentSymbols, flattenSymbols } from './lsp/symbols';
import { Validator } from './lsp/validation';
import { WorkspaceFiles } from './lsp/workspaceFiles';
import { packageVersion } from './version';

const connection = lsp.createConnection(lsp.ProposedFeatures.all);
const documents = new lsp.TextDocuments(TextDocument);
const log = (message: string) => connection.console.error(message);

// Bundled: dist/docs/rules beside dist/server.js; compiled: server/out/server.js -> the repository's docs/rules.
const ruleDocs = new RuleDocs(
  findRuleDocsDir([path.resolve(__dirname, 'docs/rules'), path.resolve(__dirname, '../docs/rules'), path.resolve(__dirname, '../../docs/rules')]),
);

// Settings files: open editors first, then the disk, then (virtual workspaces) the editor's own files.
const files = new WorkspaceFiles(async (uri) => {
  const result = await connection.sendRequest<ReadFileResult>(readFileRequest, { uri } satisfies ReadFileParams);
  return result && typeof result.text === 'string' ? result.text : null;
});
const foi = createFoiService({ fs: files, logger: { info: (message) => connection.console.info(message) }, trusted: defaultSettings.trusted });

let client: ClientAbilities;
let settings: SettingsStore;
let schemas: SchemaService;
let analyzer: Analyzer;
let validator: Validator;
let roots: string[] = [];
const failures = new FailureLog(log);
const lastStatus = new Map<string, string>();
const justOpened = new Set<string>();

connection.onInitialize((params) => {
  client = clientAbilities(params.capabilities ?? {});
  roots = (params.workspaceFolders ?? []).map((f) => pathOfUri(f.uri)).filter((p): p is string => p !== undefined);
  if (roots.length === 0 && params.rootUri) roots = [pathOfUri(params.rootUri)].filter((p): p is string => p !== undefined);
  settings = new SettingsStore(connection, client.configuration, params.initializationOptions);
  schemas = new SchemaService({ publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }) }, foi, files);
  analyzer = new Analyzer(foi, { document: (uri) => documents.get(uri), workspaceRoots: () => roots }, settings, schemas);
  validator = new Validator(analyzer, {
    analysed: published,
    cleared: (uri) => {
      if (!client.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
      lastStatus.delete(uri);
    },
    refreshAll: () => {
      if (client.pullDiagnostics && client.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    },
    log,
  });
  return { capabilities: serverCapabilities(client), serverInfo: { name: 'foi-lint', version: packageVersion() } };
});

connection.onInitialized(
  guardVoid(log, 'initialized', async () => {
    if (client.configurationRegistration) {
      await connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'foiLint' });
    }
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guardVoid(log, 'didChangeWorkspaceFolders', (e) => {
          const removed = new Set(e.removed.map((f) => pathOfUri(f.uri)));
          const added = e.added.map((f) => pathOfUri(f.uri)).filter((p): p is string => p !== undefined);
          roots = [...roots.filter((r) => !removed.has(r)), ...added];
          analyzer.settingsGeneration++;
          revalidateAll();
        }),
      );
    }
    if (client.watchedFilesRegistration) {
      await connection.client.register(lsp.DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/.foi.{yaml,yml}' }],
      });
    }
  }),
);

/** A draft's new result: push diagnostics (unless the client pulls), tell the status bar, log rule failures. */
function published(analysis: Analysis): void {
  failures.report(analysis);
  if (!client.pullDiagnostics) {
    void connection.sendDiagnostics({
      uri: analysis.uri,
      version: analysis.version,
      diagnostics: toDiagnostics(analysis.result.findings, analysis, ruleDocs),
    });
  }
  const status = draftStatus(analysis);
  const key = JSON.stringify(status);
  if (lastStatus.get(analysis.uri) !== key) {
    lastStatus.set(analysis.uri, key);
    void connection.sendNotification(statusChangedNotification, { uri: analysis.uri, ...status });
  }
}

function revalidateAll(): void {
  validator.all(documents.all().map((d) => d.uri));
}

documents.onDidOpen(
  guardVoid(log, 'didOpen', (e) => {
    justOpened.add(e.document.uri);
    if (schemas.bufferChanged(e.document.uri, e.document.getText())) revalidateAll();
    else validator.schedule(e.document.uri, 0);
  }),
);

documents.onDidChangeContent(
  guardVoid(log, 'didChange', async (e) => {
    const uri = e.document.uri;
    // didOpen fires this too: that version is already being checked.
    if (justOpened.delete(uri)) return;
    if (schemas.bufferChanged(uri, e.document.getText())) {
      revalidateAll();
      return;
    }
    const delay = (await settings.get(uri)).debounceMs;
    validator.schedule(uri, delay);
  }),
);

documents.onDidClose(
  guardVoid(log, 'didClose', (e) => {
    const uri = e.document.uri;
    justOpened.delete(uri);
    settings.forget(uri);
    validator.closed(uri);
    failures.forget(uri);
    if (schemas.bufferClosed(uri)) revalidateAll();
  }),
);

connection.onDidChangeWatchedFiles(
  guardVoid(log, 'didChangeWatchedFiles', (params) => {
    if (schemas.filesChanged(params.changes.map((c) => c.uri))) revalidateAll();
  }),
);

connection.onDidChangeConfiguration(
  guardVoid(log, 'didChangeConfiguration', (params) => {
    settings.changed(params.settings);
    analyzer.settingsGeneration++;
    schemas.reset();
    revalidateAll();
  }),
);

connection.languages.diagnostics.on(
  guard(log, 'diagnostic', { kind: lsp.DocumentDiagnosticReportKind.Full, items: [] } as lsp.DocumentDiagnosticReport, async (params) => {
    const analysis = await analyzer.analyze(params.textDocument.uri);
    if (!analysis) return { kind: lsp.DocumentDiagnosticReportKind.Full, items: [] };
    if (params.previousResultId === analysis.resultId) return { kind: lsp.DocumentDiagnosticReportKind.Unchanged, resultId: analysis.resultId };
    return {
      kind: lsp.DocumentDiagnosticReportKind.Full,
      resultId: analysis.resultId,
      items: toDiagnostics(analysis.result.findings, analysis, ruleDocs),
    };
  }),
);

/**
 * Run a feature on the current analysis of a draft; `empty` for other documents, and for web pages and
 * e-mails, whose converted text has no positions a fix, hover or outline could use (they get diagnostics).
 */
function withAnalysis<P extends { textDocument: { uri: string } }, R>(name: string, empty: R, feature: (analysis: Analysis, params: P) => R) {
  return guard(log, name, empty, async (params: P) => {
    const analysis = await analyzer.analyze(params.textDocument.uri);
    return analysis && !analysis.frame.converted ? feature(analysis, params) : empty;
  });
}

connection.onCodeAction(withAnalysis('codeAction', [], (a, p: lsp.CodeActionParams) => codeActions(a, p, ruleDocs, (uri) => documents.get(uri)?.getText() ?? readFromDisk(uri))));
connection.onCompletion(withAnalysis('completion', null, (a, p: lsp.CompletionParams) => completions(foi, a, p.position)));
connection.onHover(withAnalysis('hover', null, (a, p: lsp.HoverParams) => hover(foi, a, p.position, client.markdownHover)));
connection.onDocumentSymbol(
  withAnalysis('documentSymbol', [], (a, p: lsp.DocumentSymbolParams) => {
    const symbols = documentSymbols(a);
    return client.hierarchicalSymbols ? symbols : flattenSymbols(p.textDocument.uri, symbols);
  }),
);
connection.onFoldingRanges(withAnalysis('foldingRange', [], (a) => foldingRanges(a)));
connection.onCodeLens(withAnalysis('codeLens', [], (a) => codeLenses(a)));
connection.onRequest(
  statusRequest,
  guard(log, 'status', null as DraftStatus | null, async (params: Partial<StatusParams> & { textDocument?: { uri: string } }) => {
    const uri = params?.uri ?? params?.textDocument?.uri;
    const analysis = typeof uri === 'string' ? await analyzer.analyze(uri) : undefined;
    return analysis ? draftStatus(analysis) : null;
  }),
);

connection.onRequest(
  explainRequest,
  guard(log, 'explain', null as Explanation | null, async (params: { uri?: string }) => {
    const analysis = typeof params?.uri === 'string' ? await analyzer.analyze(params.uri) : undefined;
    return analysis ? explanation(foi, analysis) : null;
  }),
);

registerStarterConfig(connection);
registerNewResponse(
  connection,
  foi,
  (uri) => analyzer.schemaFor(uri),
  (uri) => documents.get(uri)?.getText(),
);

registerExportDocx(connection, (uri) => analyzer.analyze(uri));

// A client that dies without closing our stdin (or the IPC channel) must not leave us running.
process.on('disconnect', () => process.exit(1));
process.on('uncaughtException', (error) => log(`foi-lint: internal error: ${describeError(error)}`));
process.on('unhandledRejection', (error) => log(`foi-lint: internal error: ${describeError(error)}`));

documents.listen(connection);
connection.listen();
