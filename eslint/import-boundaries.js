/**
 * The import directions of ../shared/design.md as one ESLint rule. Every way a module names another is
 * checked: `import … from`, `export … from`, and dynamic `import()` with a literal path. A path is resolved
 * before it is judged, so a deeper path ('../../pdf/document/x', 'src/pdf/…') counts like the folder itself.
 *
 * Options: { layers, packages, features }
 *   layers:   folder under src/ → the folders under src/ it must not import.
 *   packages: folder under src/ → package names it must not import ('react-*' matches every react-… package).
 *   features: folder under src/app/ → its doors: the modules (path inside the folder, no extension) that the
 *             other feature folders may import. Everything else in a feature folder is its own business.
 */
import path from 'node:path';

/** The path a specifier names, relative to `root` ('src/ui/Field'), or null for a package. */
function targetOf(specifier, filename, root) {
  if (specifier.startsWith('.')) return path.relative(root, path.resolve(path.dirname(filename), specifier));
  if (specifier.startsWith('src/') || specifier.startsWith('/src/')) return path.normalize(specifier.replace(/^\//, ''));
  return null;
}

/** ['src', 'app', 'printing', 'PrintPage'] for 'src/app/printing/PrintPage.tsx', without its extension. */
function segments(relativePath) {
  return relativePath.split(path.sep).join('/').replace(/\.(tsx?|jsx?|css|json)$/, '').split('/');
}

function packageMatches(specifier, pattern) {
  if (pattern.endsWith('*')) return specifier.startsWith(pattern.slice(0, -1));
  return specifier === pattern || specifier.startsWith(`${pattern}/`);
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import directions between the folders of src/ and the feature folders of src/app (shared/design.md).' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      layer: "src/{{from}} must not import from src/{{to}} ('{{specifier}}'; see shared/design.md).",
      package: "src/{{from}} must not import '{{specifier}}' ({{why}}).",
      feature:
        "src/app/{{from}} may import from src/app/{{to}} only through its doors ({{doors}}), not '{{specifier}}'. Add a door in eslint.config.js if the design allows it.",
    },
  },
  create(context) {
    const { layers = {}, packages = {}, features = {} } = context.options[0] ?? {};
    const root = context.cwd;
    const own = segments(path.relative(root, context.filename));
    if (own[0] !== 'src') return {};
    const ownLayer = own[1];
    const ownFeature = ownLayer === 'app' && own.length > 3 ? own[2] : null;

    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      const target = targetOf(specifier, context.filename, root);
      if (target === null) {
        for (const { names, why } of packages[ownLayer] ?? []) {
          if (names.some((name) => packageMatches(specifier, name))) {
            context.report({ node, messageId: 'package', data: { from: ownLayer, specifier, why } });
            return;
          }
        }
        return;
      }
      const [top, layer, feature, ...rest] = segments(target);
      if (top !== 'src') return;
      if ((layers[ownLayer] ?? []).includes(layer)) {
        context.report({ node, messageId: 'layer', data: { from: ownLayer, to: layer, specifier } });
        return;
      }
      if (ownFeature === null || layer !== 'app' || feature === ownFeature || !(feature in features)) return;
      const doors = features[feature];
      if (!doors.includes(rest.join('/'))) {
        context.report({ node, messageId: 'feature', data: { from: ownFeature, to: feature, specifier, doors: doors.join(', ') || 'none' } });
      }
    };

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
