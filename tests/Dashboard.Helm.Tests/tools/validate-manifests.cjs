// Validates every object of a rendered multi-document YAML file against the Kubernetes 1.33 OpenAPI schemas
// (kubernetes-models 4.5.x, validated with ajv) and prints one JSON document: {objects: [...], errors: [...]}.
// The schemas allow unknown fields (as the API server does, silently dropping them), so a typo such as
// "securityContxt" would pass: unknown fields are found from the package's type declarations (.d.ts), which
// list every field of every type.
// Usage: node validate-manifests.cjs <rendered.yaml>. Exit code 0 even with errors: the caller asserts on them.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

function modulePathFor(apiVersion, kind, extension) {
  // "v1" -> kubernetes-models/v1/Kind, "apps/v1" -> kubernetes-models/apps/v1/Kind.
  return path.join(__dirname, 'node_modules', 'kubernetes-models', ...apiVersion.split('/'), `${kind}${extension}`);
}

function modelFor(apiVersion, kind) {
  const modulePath = modulePathFor(apiVersion, kind, '.js');
  if (!fs.existsSync(modulePath)) {
    return null;
  }
  return require(modulePath)[kind] ?? null;
}

const declarations = new Map();

// {fields: Map<name, {module, shape}>} of the interface declared in a .d.ts file, or null for type aliases
// (Quantity, IntOrString, Time) and files that are not there. shape: "object", "array" or "map".
function declarationOf(dtsFile) {
  if (declarations.has(dtsFile)) {
    return declarations.get(dtsFile);
  }
  let result = null;
  if (fs.existsSync(dtsFile)) {
    const text = fs.readFileSync(dtsFile, 'utf8');
    const body = /^export interface I\w+(?: extends [\w, ]+)? \{\n([\s\S]*?)^\}/m.exec(text);
    if (body !== null) {
      const imports = new Map();
      for (const match of text.matchAll(/^import \{ (\w+) \} from "([^"]+)";/gm)) {
        const target = match[2].startsWith('.')
          ? path.resolve(path.dirname(dtsFile), match[2])
          : path.join(__dirname, 'node_modules', match[2]);
        imports.set(match[1], `${target}.d.ts`);
      }
      const fields = new Map();
      // One field per line at four spaces; its type may span lines (maps). Comments are skipped.
      const lines = body[1].split('\n').filter(line => !/^\s*(\/\*\*|\*)/.test(line));
      let current = null;
      for (const line of lines) {
        const field = /^ {4}"([^"]+)"\??: (.*)$/.exec(line);
        if (field !== null) {
          current = { name: field[1], type: field[2] };
          fields.set(current.name, current);
        } else if (current !== null) {
          current.type += line.trim();
        }
      }
      for (const field of fields.values()) {
        const reference = /(IIoK8s\w+)/.exec(field.type);
        field.module = reference === null ? null : imports.get(reference[1]) ?? null;
        field.shape = field.type.startsWith('Array<') ? 'array' : field.type.startsWith('{') ? 'map' : 'object';
      }
      result = { fields };
    }
  }
  declarations.set(dtsFile, result);
  return result;
}

function unknownFields(value, dtsFile, at, found) {
  const declaration = declarationOf(dtsFile);
  if (declaration === null || value === null || typeof value !== 'object' || Array.isArray(value)) {
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const field = declaration.fields.get(key);
    if (field === undefined) {
      found.push(`${at}${key}: unknown field`);
      continue;
    }
    if (field.module === null) {
      continue;
    }
    const items = field.shape === 'array' && Array.isArray(child) ? child.map((item, i) => [`${at}${key}[${i}].`, item])
      : field.shape === 'map' && child !== null && typeof child === 'object' ? Object.entries(child).map(([k, item]) => [`${at}${key}.${k}.`, item])
      : [[`${at}${key}.`, child]];
    for (const [itemAt, item] of items) {
      unknownFields(item, field.module, itemAt, found);
    }
  }
}

const file = process.argv[2];
const documents = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'));
const objects = [];
const errors = [];
for (const document of documents) {
  if (document.errors.length > 0) {
    errors.push({ object: '(yaml)', message: document.errors.map(e => e.message).join('; ') });
    continue;
  }
  const value = document.toJS();
  if (value === null || value === undefined) {
    continue;
  }
  objects.push(value);
  const name = `${value.kind ?? '?'} ${value.metadata?.namespace ? value.metadata.namespace + '/' : ''}${value.metadata?.name ?? '?'}`;
  if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') {
    errors.push({ object: name, message: 'apiVersion and kind are required' });
    continue;
  }
  const Model = modelFor(value.apiVersion, value.kind);
  if (Model === null) {
    errors.push({ object: name, message: `no Kubernetes 1.33 schema for ${value.apiVersion} ${value.kind}` });
    continue;
  }
  try {
    new Model(value).validate();
  } catch (error) {
    errors.push({ object: name, message: String(error.message ?? error) });
  }
  const unknown = [];
  unknownFields(value, modulePathFor(value.apiVersion, value.kind, '.d.ts'), '', unknown);
  if (unknown.length > 0) {
    errors.push({ object: name, message: unknown.join(', ') });
  }
}
process.stdout.write(JSON.stringify({ objects, errors }));
