'use strict';
// A stand-in for the `vscode` module, enough for the extension's activate() to run outside the
// editor: the APIs activation touches are real little objects (event registration returns
// disposables, configuration returns defaults, no documents are open); anything else is a
// harmless callable proxy, and its name is recorded in `unknownAccess` so the benchmark can say
// which parts of the API were faked blindly.

const unknownAccess = new Set();

function anything(name) {
  const fn = function () {
    return anything(`${name}()`);
  };
  return new Proxy(fn, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'dispose') return () => undefined;
      const key = `${name}.${String(prop)}`;
      unknownAccess.add(key);
      return anything(key);
    },
    construct() {
      return anything(`new ${name}`);
    },
  });
}

const disposable = () => ({ dispose() {} });
const event = () => () => disposable();

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (listener) => {
      this.listeners.push(listener);
      return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
    };
  }
  fire(value) {
    for (const l of this.listeners) l(value);
  }
  dispose() {
    this.listeners = [];
  }
}

class Disposable {
  constructor(fn) {
    this.fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose() {
    this.fn?.();
  }
}

class Uri {
  constructor(scheme, fsPath) {
    this.scheme = scheme;
    this.fsPath = fsPath;
    this.path = fsPath;
  }
  static file(p) {
    return new Uri('file', p);
  }
  static parse(s) {
    return new Uri(s.split(':')[0], s.replace(/^file:\/\//, ''));
  }
  static joinPath(base, ...parts) {
    return new Uri(base.scheme, [base.fsPath, ...parts].join('/'));
  }
  toString() {
    return `${this.scheme}://${this.fsPath}`;
  }
}

const outputChannel = (name) => ({
  name,
  logLevel: 2,
  onDidChangeLogLevel: event(),
  append() {},
  appendLine() {},
  replace() {},
  clear() {},
  show() {},
  hide() {},
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
  dispose() {},
});

const statusBarItem = () => ({ text: '', tooltip: '', command: undefined, name: '', show() {}, hide() {}, dispose() {} });

const configuration = () => ({
  get: (_key, fallback) => fallback,
  has: () => false,
  inspect: () => undefined,
  update: async () => undefined,
  toJSON: () => ({}),
});

// vscode-languageclient subclasses some of these at load time and reads enum members from others:
// every name it uses is present, as an empty class or as an enum whose members are numbers.
const TYPE_NAMES =
  'CallHierarchyIncomingCall CallHierarchyItem CallHierarchyOutgoingCall CancellationError CancellationTokenSource CodeAction CodeActionKind CodeLens Color ColorInformation ColorPresentation CompletionItem CompletionList Diagnostic DiagnosticRelatedInformation DocumentHighlight DocumentLink DocumentSymbol FoldingRange Hover InlayHint InlayHintLabelPart InlineCompletionItem InlineCompletionList InlineValueEvaluatableExpression InlineValueText InlineValueVariableLookup LinkedEditingRanges Location LocationLink MarkdownString NotebookCellData NotebookData ParameterInformation Position Range Selection SelectionRange SemanticTokens SemanticTokensEdit SemanticTokensEdits SemanticTokensLegend SignatureHelp SignatureInformation SnippetTextEdit SymbolInformation TabInputCustom TabInputNotebook TabInputText TabInputTextDiff TextEdit TypeHierarchyItem WorkspaceEdit'.split(' ');
const ENUM_NAMES =
  'CodeActionTriggerKind CompletionItemKind CompletionItemTag CompletionTriggerKind DiagnosticTag DocumentHighlightKind FileType FoldingRangeKind InlayHintKind InlineCompletionTriggerKind LogLevel NotebookCellKind ProgressLocation SignatureHelpTriggerKind SymbolKind SymbolTag TextDocumentSaveReason ConfigurationTarget TextEditorRevealType ViewColumn EndOfLine'.split(' ');

function enumOf(name) {
  const values = new Map();
  return new Proxy({}, {
    get(_t, prop) {
      if (typeof prop === 'symbol') return undefined;
      if (!values.has(prop)) values.set(prop, values.size + 1);
      return values.get(prop);
    },
    has: () => true,
    ownKeys: () => [],
    getOwnPropertyDescriptor: () => undefined,
    set: () => true,
    [Symbol.toStringTag]: name,
  });
}

function createVscodeStub() {
  const commands = new Map();
  const types = {};
  for (const name of TYPE_NAMES) {
    types[name] = { [name]: class {
      constructor(...args) {
        this.args = args;
      }
    } }[name];
  }
  for (const name of ENUM_NAMES) types[name] = enumOf(name);
  const api = {
    ...types,
    version: '1.100.0',
    env: { language: 'en', appName: 'stub', machineId: 'stub', clipboard: { readText: async () => '', writeText: async () => undefined } },
    EventEmitter,
    Disposable,
    Uri,
    StatusBarAlignment: { Left: 1, Right: 2 },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    ThemeColor: class ThemeColor {
      constructor(id) {
        this.id = id;
      }
    },
    RelativePattern: class RelativePattern {
      constructor(base, pattern) {
        this.base = base;
        this.pattern = pattern;
      }
    },
    SnippetString: class SnippetString {
      constructor(value) {
        this.value = value;
      }
    },
    window: {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      createOutputChannel: outputChannel,
      createStatusBarItem: statusBarItem,
      onDidChangeActiveTextEditor: event(),
      onDidChangeVisibleTextEditors: event(),
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showErrorMessage: async () => undefined,
      setStatusBarMessage: disposable,
    },
    workspace: {
      isTrusted: true,
      workspaceFolders: undefined,
      textDocuments: [],
      getConfiguration: configuration,
      onDidOpenTextDocument: event(),
      onDidCloseTextDocument: event(),
      onDidChangeTextDocument: event(),
      onDidChangeConfiguration: event(),
      onDidGrantWorkspaceTrust: event(),
      onDidChangeWorkspaceFolders: event(),
      createFileSystemWatcher: () => ({ onDidCreate: event(), onDidChange: event(), onDidDelete: event(), dispose() {} }),
      registerTextDocumentContentProvider: disposable,
    },
    languages: { match: () => 0, onDidChangeDiagnostics: event(), getDiagnostics: () => [] },
    commands: {
      registerCommand(id, fn) {
        commands.set(id, fn);
        return { dispose: () => commands.delete(id) };
      },
      executeCommand: async () => undefined,
    },
  };
  const stub = new Proxy(api, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (prop === '__esModule' || prop === 'default' || typeof prop === 'symbol') return undefined;
      unknownAccess.add(String(prop));
      return anything(String(prop));
    },
  });
  return { stub, commands, unknownAccess };
}

/** An ExtensionContext with the fields activation uses. */
function createContext(extensionPath) {
  const memento = () => {
    const m = new Map();
    return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: async (k, v) => void m.set(k, v), keys: () => [...m.keys()] };
  };
  return {
    subscriptions: [],
    extensionPath,
    extensionUri: Uri.file(extensionPath),
    asAbsolutePath: (p) => `${extensionPath}/${p}`,
    globalState: memento(),
    workspaceState: memento(),
    storageUri: undefined,
    globalStorageUri: Uri.file('/tmp/foi-lint-bench-storage'),
    logUri: Uri.file('/tmp/foi-lint-bench-log'),
    extensionMode: 1,
    environmentVariableCollection: anything('environmentVariableCollection'),
  };
}

module.exports = { createVscodeStub, createContext };
